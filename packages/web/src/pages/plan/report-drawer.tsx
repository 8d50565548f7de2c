import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { formatIndicator, type IndicatorValue } from '@antikor/core';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Flex,
  Input,
  Popover,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { formatDate, formatDateTime } from '../../components/dates';
import { formatSize } from '../journals/entry-attachments';
import { LongText } from './long-text';
import { NarrativePreview } from './narrative-preview';
import { reportStatusColors, reportStatusLabels } from './plan-format';
import { useIndicators, usePlanWrite } from './plan-queries';
import type { Execution, ExecutionReport, MeasureExecution, ReportAttachment, UnitStatus } from './plan-types';

/** The file types the server accepts for attachments (it checks the content, too). */
const accept = '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.jpg,.jpeg,.png,.txt';

const syntaxHelp = (
  <div style={{ maxWidth: 420 }}>
    <p>
      <code>{'{{key}}'}</code> — значение показателя.
    </p>
    <p>
      <code>{'{{key|уведомление|уведомления|уведомлений}}'}</code> — значение и слово в нужной форме.
    </p>
    <p style={{ marginBottom: 0 }}>
      <code>{'{{key?поступило # уведомлений:уведомлений не поступало}}'}</code> — первый текст, если значение не ноль (#
      — значение), второй — если ноль.
    </p>
  </div>
);

type Props = {
  planId: string;
  execution: Execution;
  measure: MeasureExecution;
  unit: UnitStatus;
  canReview: boolean;
  onClose: () => void;
};

/**
 * A unit's report on one measure for the period: the text with embedded indicators and its live preview,
 * attachments, submission; for the reviewer, acceptance or return with a comment.
 */
export function ReportDrawer({ planId, execution, measure, unit, canReview, onClose }: Props) {
  const { message, modal } = App.useApp();
  const [text, setText] = useState(unit.text);
  const [saved, setSaved] = useState({ text: unit.text, version: unit.version, reportId: unit.reportId });
  const [error, setError] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState(false);
  const area = useRef<TextAreaRef>(null);
  const indicators = useIndicators(execution.year);

  // A fresher copy from the server (after a save, a review or another user's change) replaces ours unless we
  // are in the middle of editing.
  useEffect(() => {
    setSaved((prev) => {
      if (unit.version !== null && (prev.version === null || unit.version > prev.version)) {
        setText((current) => (current === prev.text ? unit.text : current));
        return { text: unit.text, version: unit.version, reportId: unit.reportId };
      }
      return prev;
    });
  }, [unit.version, unit.text, unit.reportId]);

  const values = useMemo(
    () =>
      Object.fromEntries((indicators.data?.items ?? []).map((i) => [i.key, i.value])) as Record<string, IndicatorValue>,
    [indicators.data],
  );
  const indicatorOptions = useMemo(() => {
    const items = indicators.data?.items ?? [];
    const option = (i: (typeof items)[number]) => ({
      value: i.key,
      label: `${i.title} — ${formatIndicator(i.value, i.unit)}`,
    });
    const own = items.filter((i) => i.measures.includes(measure.number));
    const rest = items.filter((i) => !i.measures.includes(measure.number));
    return [
      ...(own.length ? [{ label: `Показатели мероприятия ${measure.number}`, options: own.map(option) }] : []),
      { label: 'Все показатели', options: rest.map(option) },
    ];
  }, [indicators.data, measure.number]);

  const editable =
    unit.canWrite && (unit.status === 'not_started' || unit.status === 'draft' || unit.status === 'returned');
  const dirty = text !== saved.text;
  const afterWrite = (r: ExecutionReport) => {
    setSaved({ text: r.text, version: r.version, reportId: r.id });
    setText((current) => (current === text ? r.text : current));
  };

  const save = usePlanWrite(async () =>
    api.put<ExecutionReport>(`/plans/${planId}/reports`, {
      measureId: measure.measureId,
      unitId: unit.unitId,
      year: execution.year,
      quarter: execution.quarter,
      text,
      ...(saved.version !== null ? { version: saved.version } : {}),
    }),
  );
  const submit = usePlanWrite((reportId: string) => api.post<ExecutionReport>(`/execution-reports/${reportId}/submit`));
  const review = usePlanWrite((body: { decision: 'accept' | 'return'; comment?: string }) =>
    api.post<ExecutionReport>(`/execution-reports/${saved.reportId}/review`, body),
  );
  const upload = usePlanWrite((file: File) =>
    api.upload<ReportAttachment>(`/execution-reports/${saved.reportId}/attachments`, file),
  );
  const busy = save.isPending || submit.isPending || review.isPending;

  const doSave = async (): Promise<ExecutionReport | null> => {
    setError(null);
    try {
      const r = await save.mutateAsync(undefined);
      afterWrite(r);
      return r;
    } catch (e) {
      setError(errorMessage(e));
      return null;
    }
  };
  const doSubmit = async () => {
    setError(null);
    let reportId = saved.reportId;
    if (dirty || !reportId) {
      const r = await doSave();
      if (!r) return;
      reportId = r.id;
    }
    try {
      afterWrite(await submit.mutateAsync(reportId));
      message.success('Отчёт представлен на проверку');
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const doReview = async (decision: 'accept' | 'return') => {
    setError(null);
    if (decision === 'return' && !comment.trim()) {
      setCommentError(true);
      return;
    }
    try {
      afterWrite(
        await review.mutateAsync(decision === 'return' ? { decision, comment: comment.trim() } : { decision }),
      );
      message.success(decision === 'accept' ? 'Отчёт принят' : 'Отчёт возвращён на доработку');
      setReturning(false);
      setComment('');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const insertIndicator = (key: string) => {
    const el = area.current?.resizableTextArea?.textArea;
    const token = `{{${key}}}`;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + token + text.slice(end);
    setText(next);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const close = () => {
    if (!dirty || !editable) return onClose();
    modal.confirm({
      title: 'Закрыть без сохранения?',
      content: 'Изменения текста отчёта будут потеряны.',
      okText: 'Закрыть',
      cancelText: 'Вернуться',
      onOk: onClose,
    });
  };

  return (
    <Drawer
      open
      onClose={close}
      size={760}
      title={
        <Flex gap={8} align="center" wrap>
          <span>
            Мероприятие {measure.number} · {unit.unitName}
          </span>
          <Tag color={reportStatusColors[unit.status]} data-testid="report-status">
            {reportStatusLabels[unit.status]}
          </Tag>
        </Flex>
      }
      data-testid="report-drawer"
      footer={
        <Flex gap={8} wrap justify="space-between">
          <Space wrap>
            {editable && (
              <>
                <Button onClick={doSave} loading={save.isPending} disabled={busy || !dirty} data-testid="report-save">
                  Сохранить
                </Button>
                <Button
                  type="primary"
                  onClick={doSubmit}
                  loading={submit.isPending}
                  disabled={busy || text.trim().length === 0}
                  data-testid="report-submit"
                >
                  Представить
                </Button>
              </>
            )}
          </Space>
          <Space wrap>
            {canReview && unit.status === 'submitted' && saved.reportId && (
              <>
                <Button onClick={() => setReturning(true)} disabled={busy} data-testid="report-return">
                  Вернуть
                </Button>
                <Button
                  type="primary"
                  onClick={() => doReview('accept')}
                  loading={review.isPending && !returning}
                  disabled={busy}
                  data-testid="report-accept"
                >
                  Принять
                </Button>
              </>
            )}
            <Button onClick={close}>Закрыть</Button>
          </Space>
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'measure', label: 'Мероприятие', children: <LongText text={measure.text} rows={3} /> },
          { key: 'term', label: 'Срок по плану', children: measure.termText },
          {
            key: 'period',
            label: 'Отчётный период',
            children: `${execution.periodLabel}; представить до ${formatDate(execution.dueDate)}`,
          },
          ...(unit.submittedAt
            ? [{ key: 'submitted', label: 'Представлен', children: formatDateTime(unit.submittedAt) }]
            : []),
        ]}
      />
      {unit.status === 'returned' && unit.reviewComment && (
        <Alert
          type="warning"
          showIcon
          title="Отчёт возвращён на доработку"
          description={unit.reviewComment}
          style={{ marginBottom: 12 }}
          data-testid="report-review-comment"
        />
      )}
      {unit.status === 'submitted' && (
        <Alert
          type="info"
          showIcon
          title="Отчёт представлен на проверку"
          description={
            canReview
              ? 'Примите отчёт или верните его с замечанием.'
              : 'Изменить текст можно, если специалист по профилактике коррупции вернёт отчёт.'
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {unit.status === 'accepted' && (
        <Alert type="success" showIcon title="Отчёт принят" style={{ marginBottom: 12 }} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="report-error" />}
      {returning && (
        <Card size="small" title="Вернуть на доработку" style={{ marginBottom: 12 }}>
          <Input.TextArea
            value={comment}
            onChange={(e) => {
              setComment(e.target.value);
              setCommentError(false);
            }}
            status={commentError ? 'error' : undefined}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder="Что нужно исправить"
            data-testid="review-comment"
          />
          {commentError && <Typography.Text type="danger">Укажите, что нужно исправить</Typography.Text>}
          <Flex gap={8} justify="flex-end" style={{ marginTop: 8 }}>
            <Button onClick={() => setReturning(false)}>Отмена</Button>
            <Button
              danger
              type="primary"
              onClick={() => doReview('return')}
              loading={review.isPending}
              data-testid="review-return-confirm"
            >
              Вернуть
            </Button>
          </Flex>
        </Card>
      )}

      {editable ? (
        <>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
            <Select
              value={null}
              onChange={(key: string | null) => key && insertIndicator(key)}
              placeholder="Вставить показатель"
              showSearch={{ optionFilterProp: 'label' }}
              options={indicatorOptions}
              loading={indicators.isLoading}
              style={{ flex: 1, minWidth: 280 }}
              popupMatchSelectWidth={false}
              data-testid="insert-indicator"
            />
            <Popover content={syntaxHelp} title="Показатели в тексте" trigger="click">
              <Button type="link">Как это работает</Button>
            </Popover>
          </Flex>
          <Input.TextArea
            ref={area}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 6, maxRows: 16 }}
            maxLength={20000}
            placeholder="Что сделано по мероприятию за период. Цифры вставляйте показателями — они всегда совпадут с данными системы."
            data-testid="report-text"
          />
          {dirty && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Есть несохранённые изменения
            </Typography.Text>
          )}
        </>
      ) : null}

      <Card
        size="small"
        title={`Как будет в отчёте (значения показателей за ${execution.year} год)`}
        style={{ marginTop: 12 }}
        loading={indicators.isLoading}
      >
        {indicators.isError && (
          <Alert type="warning" showIcon title={`Показатели не загружены: ${errorMessage(indicators.error)}`} />
        )}
        <NarrativePreview text={text} values={values} />
      </Card>

      <Card
        size="small"
        title="Вложения"
        style={{ marginTop: 12 }}
        data-testid="report-attachments"
        extra={
          editable && (
            <Upload
              accept={accept}
              showUploadList={false}
              disabled={!saved.reportId}
              beforeUpload={(file) => {
                upload.mutate(file, {
                  onSuccess: (a) => message.success(`Файл «${a.fileName}» приложен`),
                  onError: (e) => message.error(errorMessage(e)),
                });
                return false;
              }}
            >
              <Button
                size="small"
                icon={<UploadOutlined />}
                loading={upload.isPending}
                disabled={!saved.reportId}
                title={saved.reportId ? undefined : 'Сначала сохраните отчёт'}
                data-testid="report-attachment-upload"
              >
                Приложить файл
              </Button>
            </Upload>
          )
        }
      >
        {unit.attachments.length === 0 ? (
          <Typography.Text type="secondary">
            Файлов нет.
            {editable &&
              (saved.reportId
                ? ' PDF, Word, Excel, ODT/ODS, JPG, PNG или TXT.'
                : ' Сохраните отчёт, чтобы приложить файлы.')}
          </Typography.Text>
        ) : (
          <Flex vertical gap={6}>
            {unit.attachments.map((a) => (
              <Flex key={a.id} gap={8} align="baseline" data-testid="report-attachment">
                <PaperClipOutlined />
                <a href={`/api/execution-report-attachments/${a.id}`} download={a.fileName}>
                  {a.fileName}
                </a>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatSize(a.size)}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        )}
      </Card>
    </Drawer>
  );
}
