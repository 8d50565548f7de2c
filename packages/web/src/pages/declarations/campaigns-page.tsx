import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Progress, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../app/api';
import { formatDate } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useCampaigns } from './declaration-queries';
import type { CampaignListItem } from './declaration-types';

type Settings = { publicationEnabled: boolean; publicationNote: string; sampleSharePercent: number };

/** «Декларационные кампании»: one per reporting year, with how many filed at a glance. */
export function CampaignsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [form] = Form.useForm<{ reportingYear: number }>();
  const create = useMutation({
    mutationFn: (v: { reportingYear: number }) => api.post<{ id: string }>('/declaration-campaigns', v),
    onSuccess: (c) => {
      qc.invalidateQueries({ queryKey: ['declaration-campaigns'] });
      setCreating(false);
      navigate(`/declarations/${c.id}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const canManage = campaigns.data?.canManage ?? false;
  return (
    <>
      <PageHeader
        title="Декларационные кампании"
        subtitle="Сведения о доходах, расходах, об имуществе и обязательствах имущественного характера (273-ФЗ ст. 8; 25-ФЗ ст. 15)"
        extra={
          canManage && (
            <>
              <Button
                icon={<SettingOutlined />}
                onClick={() => setSettingsOpen(true)}
                data-testid="declaration-settings"
              >
                Настройки
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => {
                  form.setFieldsValue({ reportingYear: campaigns.data?.defaults.reportingYear });
                  setCreating(true);
                }}
                data-testid="campaign-new"
              >
                Начать кампанию
              </Button>
            </>
          )
        }
      />
      {campaigns.isError && <LoadError error={campaigns.error} onRetry={() => campaigns.refetch()} />}
      <Table<CampaignListItem>
        rowKey="id"
        loading={campaigns.isLoading}
        dataSource={campaigns.data?.items}
        pagination={false}
        data-testid="campaigns-table"
        locale={{
          emptyText:
            'Кампаний ещё нет. Начните кампанию за прошедший год: перечень обязанных лиц составится по кадровым данным на 31 декабря.',
        }}
        onRow={(r) => ({ onClick: () => navigate(`/declarations/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: 'Отчётный год', dataIndex: 'reportingYear', width: 120 },
          { title: 'Срок представления', render: (_, r) => formatDate(r.deadline), width: 150 },
          { title: 'Уточнённые — до', render: (_, r) => formatDate(r.clarifyDeadline), width: 150 },
          {
            title: 'Представили (служащие и руководители)',
            render: (_, r) => (
              <div style={{ minWidth: 220 }}>
                <Progress
                  percent={r.declarants.due ? Math.round((r.declarants.filed / r.declarants.due) * 100) : 0}
                  size="small"
                />
                <Typography.Text type="secondary">
                  {r.declarants.filed} из {r.declarants.due}
                  {r.byKind
                    .map((k) =>
                      k.kind === 'institution_head'
                        ? `; руководители учреждений: ${k.counts.filed} из ${k.counts.due}`
                        : '',
                    )
                    .join('')}
                </Typography.Text>
              </div>
            ),
          },
          { title: 'Членов семей', render: (_, r) => `${r.family.filed} из ${r.family.due}`, width: 130 },
          { title: 'Не представили', render: (_, r) => r.declarants.missing + r.family.missing || '—', width: 130 },
          { title: 'С опозданием', render: (_, r) => r.declarants.late + r.family.late || '—', width: 120 },
        ]}
      />
      <Modal
        title="Начать декларационную кампанию"
        open={creating}
        onCancel={() => setCreating(false)}
        okText="Начать"
        confirmLoading={create.isPending}
        onOk={() => form.validateFields().then((v) => create.mutate(v))}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reportingYear" label="Отчётный год" rules={[{ required: true, message: 'Укажите год' }]}>
            <InputNumber min={2009} max={2100} style={{ width: 160 }} data-testid="campaign-year" />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            Перечень лиц, обязанных представить сведения, составляется по кадровым данным на 31 декабря отчётного года:
            служащие на должностях из перечня и руководители муниципальных учреждений, их супруги и несовершеннолетние
            дети. Срок — 30 апреля следующего года (с переносом по производственному календарю), уточнённые сведения — в
            течение месяца после него.
          </Typography.Paragraph>
        </Form>
      </Modal>
      {settingsOpen && <SettingsModal onClose={() => setSettingsOpen(false)} />}
    </>
  );
}

function SettingsModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Settings>();
  const settings = useQuery({
    queryKey: ['declaration-settings'],
    queryFn: () => api.get<Settings>('/declaration-settings'),
  });
  const save = useMutation({
    mutationFn: (v: Settings) => api.put<Settings>('/declaration-settings', v),
    onSuccess: () => {
      message.success('Настройки сохранены');
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const enabled = Form.useWatch('publicationEnabled', form);
  return (
    <Modal
      title="Настройки декларационных кампаний"
      open
      onCancel={onClose}
      okText="Сохранить"
      confirmLoading={save.isPending}
      onOk={() => form.validateFields().then((v) => save.mutate(v))}
      width={640}
    >
      {settings.data && (
        <Form form={form} layout="vertical" initialValues={settings.data}>
          <Form.Item name="publicationEnabled" label="Размещать сведения на официальном сайте" valuePropName="checked">
            <Switch data-testid="publication-enabled" />
          </Form.Item>
          {!enabled && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="Размещение приостановлено"
              description="Указ Президента РФ от 29.12.2022 № 968 (п. «ж»): в период специальной военной операции сведения не размещаются на официальных сайтах и не предоставляются СМИ. Таблица по форме Указа № 613 формируется для служебного пользования, а причина неразмещения фиксируется."
            />
          )}
          <Form.Item name="publicationNote" label="Причина неразмещения (для отчёта)">
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item
            name="sampleSharePercent"
            label="Доля декларантов низкого риска для выборочной проверки, %"
            rules={[{ required: true, message: 'Укажите долю' }]}
          >
            <InputNumber min={1} max={100} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
