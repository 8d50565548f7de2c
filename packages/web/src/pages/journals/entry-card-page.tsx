import { EditOutlined, FileWordOutlined } from '@ant-design/icons';
import { groundOfJournal } from '@antikor/core';
import { Button, Card, Col, Descriptions, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useUser } from '../../app/auth-context';
import { formatDate, formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { EntryCaseCard } from '../commission/entry-case-card';
import { ExpertiseSummaryCard } from '../expertise/expertise-summary-card';
import { EditEntryModal } from './edit-entry-modal';
import { EntryAttachments } from './entry-attachments';
import { EntryComments } from './entry-comments';
import { EntryDeadlines } from './entry-deadlines';
import { EntryFields } from './entry-fields';
import { EntryHistory } from './entry-history';
import { useEntry } from './journal-queries';
import type { EntryAction, EntryDetail, JournalInfo } from './journal-types';
import { StatusTag } from './status-tag';
import { TransitionModal } from './transition-modal';
import { WithJournal } from './with-journal';

/** One journal entry: fields by stage, status and workflow steps, deadlines, files, comments, history. */
export function EntryCardPage() {
  const { code = '', id = '' } = useParams();
  return <WithJournal code={code}>{(journal) => <EntryCard journal={journal} id={id} />}</WithJournal>;
}

function EntryCard({ journal, id }: { journal: JournalInfo; id: string }) {
  const entry = useEntry(id);
  const e = entry.data;
  const backTo = journal.readsAll || journal.canRegister ? `/journals/${journal.code}` : '/my-notices';
  return (
    <>
      <PageHeader
        title={e ? `${journal.formTitle} № ${e.regNumber}` : journal.formTitle}
        subtitle={journal.title}
        backTo={backTo}
        extra={
          e && (
            <Button
              icon={<FileWordOutlined />}
              href={`/api/journal-entries/${e.id}/print.docx`}
              download
              data-testid="entry-print"
            >
              Печатная форма
            </Button>
          )
        }
      />
      {entry.isPending && <Skeleton active />}
      {entry.isError && <LoadError error={entry.error} onRetry={() => entry.refetch()} />}
      {e && e.journalCode !== journal.code && <LoadError error={new Error('Запись относится к другому журналу')} />}
      {e && e.journalCode === journal.code && <EntryBody journal={journal} e={e} />}
    </>
  );
}

function EntryBody({ journal, e }: { journal: JournalInfo; e: EntryDetail }) {
  const user = useUser();
  const [step, setStep] = useState<EntryAction | null>(null);
  const [editing, setEditing] = useState(false);
  const isFinal = !!journal.statuses.find((s) => s.code === e.status)?.isFinal;
  const canEdit = journal.canRegister && !isFinal;
  const isOwn = !!user.employeeId && e.employeeId === user.employeeId;
  const canAttach = journal.canRegister || isOwn;

  return (
    <Row gutter={16}>
      <Col xs={24} xl={15}>
        <Card size="small" style={{ marginBottom: 16 }} data-testid="entry-summary">
          <Flex justify="space-between" align="flex-start" gap={16} wrap>
            <Descriptions
              size="small"
              column={1}
              styles={{ label: { width: 180 } }}
              style={{ flex: 1, minWidth: 320 }}
              items={[
                {
                  key: 'number',
                  label: 'Регистрационный №',
                  children: <span data-testid="entry-number">{e.regNumber}</span>,
                },
                {
                  key: 'date',
                  label: 'Дата регистрации',
                  children: `${formatDate(e.registeredOn)} (внесено ${formatDateTime(e.registeredAt)})`,
                },
                ...(journal.subject !== 'none'
                  ? [{ key: 'subject', label: journal.subjectLabel, children: e.subjectName ?? '—' }]
                  : []),
                {
                  key: 'status',
                  label: 'Статус',
                  children: <StatusTag journal={journal} status={e.status} label={e.statusLabel} />,
                },
              ]}
            />
            {canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="entry-edit">
                Исправить
              </Button>
            )}
          </Flex>
          <Flex gap={8} wrap style={{ marginTop: 12 }} data-testid="entry-actions">
            {e.actions.map((a) => (
              <Button key={a.action} type="primary" ghost onClick={() => setStep(a)} data-testid={`action-${a.action}`}>
                {a.label}
              </Button>
            ))}
            {e.actions.length === 0 && !isFinal && (
              <Typography.Text type="secondary">Запись рассматривает ответственный за журнал.</Typography.Text>
            )}
            {isFinal && <Typography.Text type="secondary">Работа с записью завершена.</Typography.Text>}
          </Flex>
        </Card>
        <EntryFields journal={journal} entry={e} />
        <EntryComments entryId={e.id} comments={e.comments} />
      </Col>
      <Col xs={24} xl={9}>
        {journal.code === 'draft-act' && <ExpertiseSummaryCard entryId={e.id} />}
        {groundOfJournal[journal.code] && <EntryCaseCard entryId={e.id} />}
        {journal.deadlines.length > 0 && <EntryDeadlines deadlines={e.deadlines} />}
        <EntryAttachments entryId={e.id} attachments={e.attachments} canAttach={canAttach} />
        <EntryHistory journal={journal} entryId={e.id} />
      </Col>
      {step && <TransitionModal journal={journal} entry={e} action={step} onClose={() => setStep(null)} />}
      {editing && <EditEntryModal journal={journal} entry={e} onClose={() => setEditing(false)} />}
    </Row>
  );
}
