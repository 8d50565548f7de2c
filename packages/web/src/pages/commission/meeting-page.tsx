import { FileWordOutlined } from '@ant-design/icons';
import { memberRoleLabels } from '@antikor/core';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Input,
  Popconfirm,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { datePickerFormat, formatDate, fromIsoDate, toIsoDate } from '../../components/dates';
import { FullPageSpin } from '../../components/full-page-spin';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { AgendaItemCard } from './agenda-item-card';
import { useCommissionWrite, useMeeting } from './commission-queries';
import type { Meeting } from './commission-types';

const statusColor: Record<string, string> = { scheduled: 'blue', held: 'green', cancelled: 'default' };
const statusLabel: Record<string, string> = { scheduled: 'Назначено', held: 'Проведено', cancelled: 'Отменено' };

/** Attendance with the quorum of the organisation's rule (Указ № 821, п. 19) and notices. */
function Attendance({ m, canEdit }: { m: Meeting; canEdit: boolean }) {
  const { message } = App.useApp();
  const [present, setPresent] = useState<string[]>(m.presentMemberIds);
  const [notifiedOn, setNotifiedOn] = useState(m.notifiedOn);
  const [others, setOthers] = useState(m.otherAttendees ?? '');
  useEffect(() => setPresent(m.presentMemberIds), [m.presentMemberIds]);
  const save = useCommissionWrite(async () => {
    await api.put(`/commission/meetings/${m.id}/attendance`, { presentMemberIds: present });
    return api.patch(`/commission/meetings/${m.id}`, {
      notifiedOn: notifiedOn ?? null,
      otherAttendees: others.trim() || null,
    });
  });
  return (
    <Card size="small" title={`Состав: ${m.composition.title}`} style={{ marginBottom: 16 }}>
      <Alert
        type={m.quorum.problems.length ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="quorum"
        title={`Присутствуют ${m.quorum.present} из ${m.quorum.total}; кворум — не менее ${m.quorum.required}`}
        description={m.quorum.problems.join(' ') || 'Кворум есть, присутствует независимый член комиссии'}
      />
      <Checkbox.Group
        value={present}
        onChange={(v) => setPresent(v as string[])}
        disabled={!canEdit}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        data-testid="attendance"
      >
        {m.composition.members.map((x) => (
          <Checkbox key={x.id} value={x.id}>
            {x.fullName} — {memberRoleLabels[x.role].toLowerCase()}, {x.position}{' '}
            {x.isIndependent && <Tag>независимый</Tag>}
          </Checkbox>
        ))}
      </Checkbox.Group>
      {canEdit && (
        <Space wrap style={{ marginTop: 12 }} align="end">
          <div>
            <div>Члены комиссии и служащие уведомлены</div>
            <DatePicker
              format={datePickerFormat}
              value={fromIsoDate(notifiedOn)}
              onChange={(d) => setNotifiedOn(toIsoDate(d))}
            />
          </div>
          <div style={{ width: 420 }}>
            <div>Приглашённые с правом совещательного голоса (п. 20)</div>
            <Input value={others} onChange={(e) => setOthers(e.target.value)} maxLength={5000} />
          </div>
          <Button
            onClick={() =>
              save.mutate(undefined, {
                onSuccess: () => message.success('Присутствие записано'),
                onError: (e) => message.error(errorMessage(e)),
              })
            }
            loading={save.isPending}
            data-testid="attendance-save"
          >
            Записать присутствие
          </Button>
        </Space>
      )}
    </Card>
  );
}

function PublicSummary({ id }: { id: string }) {
  const q = useQuery({
    queryKey: ['commission', 'meeting', id, 'summary'],
    queryFn: () => api.get<{ lines: string[] }>(`/commission/meetings/${id}/summary`),
  });
  return (
    <Card size="small" title="Обезличенные сведения для сайта (без персональных данных)" data-testid="meeting-summary">
      {(q.data?.lines ?? []).map((l) => (
        <Typography.Paragraph key={l} style={{ marginBottom: 4 }}>
          {l}
        </Typography.Paragraph>
      ))}
    </Card>
  );
}

export function MeetingPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const { message } = App.useApp();
  const q = useMeeting(id);
  const [error, setError] = useState<string | null>(null);
  const hold = useCommissionWrite(() => api.post<Meeting>(`/commission/meetings/${id}/hold`));
  const cancel = useCommissionWrite(() => api.post<Meeting>(`/commission/meetings/${id}/cancel`));
  if (q.isLoading) return <FullPageSpin />;
  if (q.isError || !q.data) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const m = q.data;
  const canEdit = can('commission.manage') && m.status === 'scheduled';
  return (
    <>
      <PageHeader
        title={`Заседание № ${m.number} от ${formatDate(m.meetingDate)}`}
        subtitle={`${m.meetingTime ?? ''} ${m.place}`}
        backTo="/commission/meetings"
        extra={
          <>
            {m.status === 'held' && (
              <Button
                type="primary"
                icon={<FileWordOutlined />}
                href={`/api/commission/meetings/${m.id}/protocol.docx`}
                download
                data-testid="protocol-download"
              >
                Протокол (Word)
              </Button>
            )}
            {canEdit && (
              <>
                <Popconfirm
                  title="Отменить заседание? Вопросы вернутся в ожидание."
                  okText="Отменить заседание"
                  cancelText="Нет"
                  onConfirm={() => cancel.mutate()}
                >
                  <Button danger>Отменить</Button>
                </Popconfirm>
                <Button
                  type="primary"
                  loading={hold.isPending}
                  data-testid="meeting-hold"
                  onClick={() => {
                    setError(null);
                    hold.mutate(undefined, {
                      onSuccess: () => message.success('Заседание проведено'),
                      onError: (e) => setError(errorMessage(e)),
                    });
                  }}
                >
                  Провести заседание
                </Button>
              </>
            )}
          </>
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Tag color={statusColor[m.status]} data-testid="meeting-status">
          {statusLabel[m.status]}
        </Tag>
        <Typography.Text type="secondary">
          Назначено {formatDate(m.scheduledOn)}
          {m.notifiedOn ? `, уведомлены ${formatDate(m.notifiedOn)}` : ', уведомления не отмечены'}
        </Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="meeting-error" />}
      {m.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />
      ))}
      <Attendance m={m} canEdit={canEdit} />
      {m.otherAttendees && !canEdit && (
        <Descriptions size="small" bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label="Приглашённые">{m.otherAttendees}</Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Title level={4}>Повестка</Typography.Title>
      {m.items.length === 0 && <Typography.Paragraph type="secondary">В повестке нет вопросов.</Typography.Paragraph>}
      {m.items.map((item, i) => (
        <AgendaItemCard key={item.id} meeting={m} item={item} index={i} canEdit={canEdit} />
      ))}
      {m.status === 'held' && <PublicSummary id={m.id} />}
    </>
  );
}
