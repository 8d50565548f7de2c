import { DownloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, errorMessage, fetchFile, saveFile, withQuery } from '../../app/api';
import { formatDate } from '../../components/dates';
import { EmployeePicker } from '../../components/employee-picker';
import { LoadError } from '../../components/query-state';
import { type PersonFilters, usePersons } from './declaration-queries';
import {
  type Campaign,
  matchLabels,
  type ObligationStatus,
  type PersonRow,
  roleLabels,
  statusColors,
  statusLabels,
} from './declaration-types';

/** The persons who must file, with their status; filters live in the address so a link can open a view. */
export function CampaignPersons({ campaign }: { campaign: Campaign }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const f: PersonFilters = {
    status: params.get('status') ?? undefined,
    role: params.get('role') ?? 'all',
    subdivisionId: params.get('subdivisionId') ?? undefined,
    behindSchedule: params.get('behindSchedule') ?? undefined,
    q: params.get('q') ?? undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 50,
  };
  const persons = usePersons(campaign.id, f);
  const [excluding, setExcluding] = useState<PersonRow | null>(null);
  const [adding, setAdding] = useState(false);
  const update = (patch: Partial<PersonFilters>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '' || v === null) next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  const refresh = () => {
    qc.invalidateQueries({ queryKey: ['declaration-persons', campaign.id] });
    qc.invalidateQueries({ queryKey: ['declaration-campaign', campaign.id] });
  };
  const restore = useMutation({
    mutationFn: (id: string) => api.post(`/declaration-obligations/${id}/exclusion`, { excluded: false }),
    onSuccess: refresh,
    onError: (e) => message.error(errorMessage(e)),
  });
  const exportXlsx = async () => {
    try {
      saveFile(
        await fetchFile(
          'GET',
          withQuery(`/declaration-campaigns/${campaign.id}/persons.xlsx`, {
            ...f,
            page: undefined,
            pageSize: undefined,
          }),
        ),
      );
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const subdivisions = campaign.summary.bySubdivision.filter((s) => s.subdivisionId);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder="ФИО"
          allowClear
          defaultValue={f.q}
          onSearch={(q) => update({ q })}
          style={{ width: 240 }}
          data-testid="persons-search"
        />
        <Select
          value={f.status}
          onChange={(status) => update({ status })}
          allowClear
          placeholder="Все статусы"
          style={{ width: 180 }}
          options={(Object.keys(statusLabels) as ObligationStatus[]).map((s) => ({ value: s, label: statusLabels[s] }))}
          data-testid="persons-status"
        />
        <Select
          value={f.role}
          onChange={(role) => update({ role })}
          style={{ width: 200 }}
          options={[
            { value: 'all', label: 'Все справки' },
            { value: 'self', label: 'Только на себя' },
            { value: 'family', label: 'Только членов семей' },
          ]}
        />
        <Select
          value={f.subdivisionId}
          onChange={(subdivisionId) => update({ subdivisionId })}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Все подразделения"
          style={{ width: 300 }}
          popupMatchSelectWidth={false}
          options={subdivisions.map((s) => ({
            value: s.subdivisionId as string,
            label: `${s.subdivisionName} (${s.orgName})`,
          }))}
        />
        <Checkbox
          checked={f.behindSchedule === 'true'}
          onChange={(e) => update({ behindSchedule: e.target.checked ? 'true' : undefined })}
        >
          Отстают от графика
        </Checkbox>
        <Button icon={<DownloadOutlined />} onClick={exportXlsx}>
          Excel
        </Button>
        {campaign.canManage && (
          <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
            Добавить лицо
          </Button>
        )}
      </Space>
      {persons.isError && <LoadError error={persons.error} onRetry={() => persons.refetch()} />}
      <Table<PersonRow>
        rowKey="id"
        size="small"
        loading={persons.isFetching}
        dataSource={persons.data?.items}
        data-testid="persons-table"
        scroll={{ x: 1100 }}
        locale={{ emptyText: 'Нет лиц с такими условиями.' }}
        rowClassName={(r) => (r.role === 'self' ? '' : 'declarations-family-row')}
        pagination={{
          current: persons.data?.page ?? f.page,
          pageSize: persons.data?.pageSize ?? f.pageSize,
          total: persons.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total, [from, to]) => `${from}–${to} из ${total}`,
          onChange: (page, pageSize) => update({ page, pageSize }),
        }}
        columns={[
          {
            title: 'Лицо',
            render: (_, r) => (
              <div style={{ paddingLeft: r.role === 'self' ? 0 : 20 }}>
                {[r.lastName, r.firstName, r.middleName].filter(Boolean).join(' ')}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.role === 'self' ? (r.positionTitle ?? '') : `${roleLabels[r.role]} — ${r.declarantName}`}
                    {r.birthDate ? `, ${formatDate(r.birthDate)}` : ''}
                    {r.dismissedAt ? `, уволен(а) ${formatDate(r.dismissedAt)}` : ''}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          {
            title: 'Подразделение',
            render: (_, r) => (
              <span>
                {r.subdivisionName}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.orgName}
                </Typography.Text>
              </span>
            ),
            width: 260,
          },
          {
            title: 'Статус',
            width: 170,
            render: (_, r) => (
              <Space orientation="vertical" size={2}>
                <Tooltip title={r.exclusionReason ?? undefined}>
                  <Tag color={statusColors[r.status]} data-testid="person-status">
                    {statusLabels[r.status]}
                  </Tag>
                </Tooltip>
                {r.behindSchedule && <Tag color="volcano">позже графика ({formatDate(r.scheduleDue)})</Tag>}
                {r.matchStatus && r.matchStatus !== 'matched' && (
                  <Tag color={matchLabels[r.matchStatus]?.color}>{matchLabels[r.matchStatus]?.label}</Tag>
                )}
                {r.source === 'manual' && (
                  <Tooltip title={r.addReason}>
                    <Tag>добавлен вручную</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          { title: 'Получена', width: 110, render: (_, r) => formatDate(r.receivedOn) },
          { title: 'Уточнена', width: 110, render: (_, r) => formatDate(r.clarifiedOn) },
          {
            title: '',
            width: 190,
            render: (_, r) => (
              <Space size={4} wrap>
                {campaign.canManage && r.declarationId && (
                  <Link to={`/declarations/declaration/${r.declarationId}`}>Открыть</Link>
                )}
                {campaign.canManage && !r.declarationId && r.status !== 'excluded' && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => navigate(`/declarations/obligation/${r.id}/new?campaign=${campaign.id}`)}
                  >
                    Внести вручную
                  </Button>
                )}
                {campaign.canManage && r.status !== 'excluded' && (
                  <Button size="small" type="link" danger onClick={() => setExcluding(r)}>
                    Исключить
                  </Button>
                )}
                {campaign.canManage && r.status === 'excluded' && (
                  <Button size="small" type="link" onClick={() => restore.mutate(r.id)}>
                    Вернуть
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {excluding && <ExcludeModal row={excluding} onClose={() => setExcluding(null)} onDone={refresh} />}
      {adding && <AddModal campaign={campaign} onClose={() => setAdding(false)} onDone={refresh} />}
    </>
  );
}

function ExcludeModal({ row, onClose, onDone }: { row: PersonRow; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const exclude = useMutation({
    mutationFn: (v: { reason: string }) =>
      api.post(`/declaration-obligations/${row.id}/exclusion`, { excluded: true, reason: v.reason }),
    onSuccess: () => {
      onDone();
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal
      title={`Исключить из перечня: ${[row.lastName, row.firstName, row.middleName].filter(Boolean).join(' ')}`}
      open
      onCancel={onClose}
      okText="Исключить"
      okButtonProps={{ danger: true }}
      confirmLoading={exclude.isPending}
      onOk={() => form.validateFields().then((v) => exclude.mutate(v))}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label="Основание"
          rules={[{ required: true, whitespace: true, message: 'Укажите основание исключения' }]}
          extra="Например: призван на военную службу по мобилизации — освобождён от представления сведений (Указ № 968); уволен до 31 декабря; отпуск по уходу за ребёнком — по решению представителя нанимателя."
        >
          <Input.TextArea rows={3} data-testid="exclude-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AddModal({ campaign, onClose, onDone }: { campaign: Campaign; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ employeeId: string; withFamily: boolean; reason: string }>();
  const add = useMutation({
    mutationFn: (v: { employeeId: string; withFamily: boolean; reason: string }) =>
      api.post<{ added: number }>(`/declaration-campaigns/${campaign.id}/obligations`, v),
    onSuccess: (r) => {
      message.success(`Добавлено справок: ${r.added}`);
      onDone();
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal
      title="Добавить в перечень лиц, обязанных представить сведения"
      open
      onCancel={onClose}
      okText="Добавить"
      confirmLoading={add.isPending}
      onOk={() => form.validateFields().then((v) => add.mutate(v))}
    >
      <Form form={form} layout="vertical" initialValues={{ withFamily: true }}>
        <Form.Item name="employeeId" label="Сотрудник" rules={[{ required: true, message: 'Выберите сотрудника' }]}>
          <EmployeePicker includeFormer />
        </Form.Item>
        <Form.Item name="withFamily" valuePropName="checked">
          <Checkbox>Вместе с супругом и несовершеннолетними детьми</Checkbox>
        </Form.Item>
        <Form.Item
          name="reason"
          label="Основание"
          rules={[{ required: true, whitespace: true, min: 3, message: 'Укажите основание добавления' }]}
        >
          <Input.TextArea rows={2} placeholder="Например: распоряжение о включении должности в перечень от …" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
