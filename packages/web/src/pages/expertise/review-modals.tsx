import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { useExpertiseWrite, useFactors } from './expertise-queries';
import type { Finding } from './expertise-types';

/** Rejecting a finding needs the reason (it is kept and shows the engine's errors over time). */
export function RejectModal({ entryId, finding, onClose }: { entryId: string; finding: Finding; onClose: () => void }) {
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useExpertiseWrite(entryId, (comment: string) =>
    api.patch<Finding>(`/expertise-findings/${finding.id}`, { decision: 'rejected', comment }),
  );
  return (
    <Modal
      open
      title={`Отклонить: ${finding.code}, ${finding.unit}`}
      okText="Отклонить"
      cancelText="Отмена"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => {
        if (reason.trim().length < 3) return setError('Укажите причину отклонения');
        save.mutate(reason.trim(), {
          onSuccess: () => {
            message.success('Замечание отклонено');
            onClose();
          },
          onError: (e) => setError(errorMessage(e)),
        });
      }}
    >
      <Typography.Paragraph type="secondary">«{finding.quote}»</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Input.TextArea
        autoFocus
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder="Например: срок установлен пунктом 2.6; положение воспроизводит норму Федерального закона № 210-ФЗ"
        data-testid="reject-reason"
      />
    </Modal>
  );
}

/** The expert's own wording of the proposal for removing the factor (it goes into the conclusion). */
export function SuggestionModal({
  entryId,
  finding,
  onClose,
}: {
  entryId: string;
  finding: Finding;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [text, setText] = useState(finding.expertSuggestion ?? finding.suggestion ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = useExpertiseWrite(entryId, (suggestion: string | null) =>
    api.patch<Finding>(`/expertise-findings/${finding.id}`, { suggestion }),
  );
  return (
    <Modal
      open
      title={`Предложение по устранению: ${finding.code}, ${finding.unit}`}
      okText="Сохранить"
      cancelText="Отмена"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        save.mutate(text.trim() && text.trim() !== finding.suggestion ? text.trim() : null, {
          onSuccess: () => {
            message.success('Предложение сохранено');
            onClose();
          },
          onError: (e) => setError(errorMessage(e)),
        })
      }
    >
      <Typography.Paragraph type="secondary">«{finding.quote}»</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Input.TextArea
        autoFocus
        rows={4}
        maxLength={4000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="suggestion-text"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Предложение движка: {finding.suggestion ?? '—'}
      </Typography.Text>
    </Modal>
  );
}

/** A factor the engine missed, on the words the expert selected in the text. */
export function AddFindingModal({
  entryId,
  runId,
  span,
  onClose,
}: {
  entryId: string;
  runId: string;
  span: { start: number; end: number; text: string };
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const factors = useFactors();
  const [form] = Form.useForm<{ code: string; explanation?: string; suggestion?: string }>();
  const [error, setError] = useState<string | null>(null);
  const save = useExpertiseWrite(entryId, (body: object) =>
    api.post<Finding>(`/expertise-runs/${runId}/findings`, body),
  );
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      {
        start: span.start,
        end: span.end,
        code: v.code,
        explanation: v.explanation || null,
        suggestion: v.suggestion || null,
      },
      {
        onSuccess: (f) => {
          message.success(`Фактор ${f.code} добавлен: ${f.unit}`);
          onClose();
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };
  return (
    <Modal
      open
      title="Добавить коррупциогенный фактор"
      okText="Добавить"
      cancelText="Отмена"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={submit}
      width={640}
    >
      <Typography.Paragraph>
        Фрагмент: «<Typography.Text mark>{span.text}</Typography.Text>»
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(ch) =>
          ch.code && form.setFieldValue('suggestion', factors.data?.find((f) => f.code === ch.code)?.remedy)
        }
      >
        <Form.Item name="code" label="Фактор (пункт Методики)" rules={[{ required: true, message: 'Выберите фактор' }]}>
          <Select
            loading={factors.isPending}
            options={(factors.data ?? []).map((f) => ({ value: f.code, label: `${f.code} — ${f.title}` }))}
            placeholder="3а — широта дискреционных полномочий…"
            data-testid="add-finding-code"
          />
        </Form.Item>
        <Form.Item name="explanation" label="Пояснение (по умолчанию — определение фактора из Методики)">
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="suggestion" label="Предложение по устранению">
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
