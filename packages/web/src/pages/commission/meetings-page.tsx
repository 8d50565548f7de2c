import { FileWordOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { meetingInput, type Page } from '@antikor/core';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Table, Tag, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { datePickerFormat, formatDate, toIsoDate } from '../../components/dates';
import { checkWith, showServerError } from '../../components/form-issues';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useCommissionWrite, useMeetings } from './commission-queries';
import type { CaseListItem, Meeting, MeetingListItem } from './commission-types';

const thisYear = new Date().getFullYear();
const statusColor: Record<string, string> = { scheduled: 'blue', held: 'green', cancelled: 'default' };

/** Sets the date and builds the agenda from cases waiting for a meeting (Указ № 821, п. 17). */
function ScheduleModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const waiting = useQuery({
    queryKey: ['commission', 'cases', 'waiting'],
    queryFn: () => api.get<Page<CaseListItem>>('/commission/cases', { status: 'awaiting_meeting', pageSize: 100 }),
  });
  const schedule = useCommissionWrite((body: unknown) => api.post<Meeting>('/commission/meetings', body));
  const submit = async () => {
    const v = form.getFieldsValue();
    const checked = checkWith(
      meetingInput,
      {
        meetingDate: toIsoDate(v.meetingDate) ?? undefined,
        meetingTime: v.meetingTime ? v.meetingTime.format('HH:mm') : null,
        place: v.place ?? '',
        caseIds: v.caseIds ?? [],
      },
      form,
    );
    if (!checked.data)
      return setError(checked.unmatched.map((i) => i.message).join('; ') || 'Проверьте поля, отмеченные красным');
    try {
      const m = await schedule.mutateAsync(checked.data);
      message.success(`Заседание № ${m.number} назначено`);
      navigate(`/commission/meetings/${m.id}`);
    } catch (e) {
      setError(showServerError(form, e));
    }
  };
  return (
    <Modal
      open
      title="Назначить заседание"
      okText="Назначить"
      cancelText="Отмена"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={schedule.isPending}
      width={720}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'meeting-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="meeting-error" />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ meetingDate: dayjs(), meetingTime: dayjs('10:00', 'HH:mm'), caseIds: [] }}
        onValuesChange={(changed) => {
          setError(null);
          form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
        }}
      >
        <Form.Item name="meetingDate" label="Дата заседания" required>
          <DatePicker format={datePickerFormat} data-testid="meeting-date" />
        </Form.Item>
        <Form.Item name="meetingTime" label="Время">
          <TimePicker format="HH:mm" minuteStep={5} />
        </Form.Item>
        <Form.Item name="place" label="Место проведения" required>
          <Input maxLength={500} data-testid="meeting-place" />
        </Form.Item>
        <Form.Item
          name="caseIds"
          label="Повестка: вопросы, ожидающие заседания"
          help="Срок заседания по каждому вопросу показан рядом; предварительное рассмотрение должно быть завершено"
        >
          <Select
            mode="multiple"
            loading={waiting.isFetching}
            data-testid="meeting-cases"
            notFoundContent="Нет вопросов, ожидающих заседания"
            options={(waiting.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `№ ${c.regNumber} — ${c.subjectName} — ${c.groundLabel}${c.nextDeadline ? ` (срок ${formatDate(c.nextDeadline.dueDate)})` : ''}`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function MeetingsPage() {
  const navigate = useNavigate();
  const { can } = useAuth();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const [open, setOpen] = useState(false);
  const meetings = useMeetings({ year, ...page });
  const summaryYear = year ?? thisYear;
  return (
    <>
      <PageHeader
        title="Комиссия: заседания"
        extra={
          <>
            <Button icon={<TeamOutlined />} onClick={() => navigate('/commission/composition')}>
              Состав комиссии
            </Button>
            <Button
              icon={<FileWordOutlined />}
              href={`/api/commission/summary.docx?from=${summaryYear}-01-01&to=${summaryYear}-12-31`}
              download
            >
              Информация для сайта за {summaryYear} год
            </Button>
            {can('commission.manage') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="meeting-add">
                Назначить заседание
              </Button>
            )}
          </>
        }
      />
      <Select
        value={year}
        onChange={setYear}
        allowClear
        placeholder="Любой год"
        style={{ width: 140, marginBottom: 12 }}
        options={Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
        aria-label="Год"
      />
      {meetings.isError && <LoadError error={meetings.error} onRetry={() => meetings.refetch()} />}
      <Table<MeetingListItem>
        rowKey="id"
        size="small"
        loading={meetings.isFetching}
        dataSource={meetings.data?.items}
        onRow={(m) => ({ onClick: () => navigate(`/commission/meetings/${m.id}`), style: { cursor: 'pointer' } })}
        locale={{ emptyText: 'Заседаний пока нет' }}
        data-testid="meetings-table"
        columns={[
          { key: 'number', title: '№', dataIndex: 'number', width: 90 },
          {
            key: 'date',
            title: 'Дата',
            render: (_, m) => `${formatDate(m.meetingDate)}${m.meetingTime ? ` ${m.meetingTime}` : ''}`,
            width: 150,
          },
          { key: 'place', title: 'Место', dataIndex: 'place' },
          { key: 'items', title: 'Вопросов', dataIndex: 'items', width: 100 },
          {
            key: 'status',
            title: 'Статус',
            render: (_, m) => <Tag color={statusColor[m.status]}>{m.statusLabel}</Tag>,
            width: 130,
          },
        ]}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: meetings.data?.total ?? 0,
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
        }}
      />
      {open && <ScheduleModal onClose={() => setOpen(false)} />}
    </>
  );
}
