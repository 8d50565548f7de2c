import { journalDataSchema } from '@antikor/core';
import { Alert, App, Collapse, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../app/api';
import { checkWith, showServerError } from '../../components/form-issues';
import { stageOf, toData, toFormValues } from './form-values';
import { JournalField } from './journal-field';
import { useEntryWrite } from './journal-queries';
import type { EntryAction, EntryDetail, JournalInfo } from './journal-types';

type Props = { journal: JournalInfo; entry: EntryDetail; action: EntryAction; onClose: () => void };

/**
 * A workflow step: the fields the step requires (e.g. the act number and date for «принять на хранение»),
 * the other processing fields folded below, and a comment. The server re-checks the move (409 when the
 * entry has moved on meanwhile) and the required fields.
 */
export function TransitionModal({ journal, entry, action, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const step = useEntryWrite(entry.id, (body: unknown) =>
    api.post<EntryDetail>(`/journal-entries/${entry.id}/transitions`, body),
  );
  const required = action.requires.map((k) => journal.fields.find((f) => f.key === k)).filter((f) => f !== undefined);
  const others = journal.fields.filter((f) => stageOf(f) === 'processing' && !action.requires.includes(f.key));
  const shownFields = [...required, ...others];
  const toLabel = journal.statuses.find((s) => s.code === action.to)?.label ?? action.to;

  const submit = async () => {
    setError(null);
    let values: Record<string, unknown>;
    try {
      values = await form.validateFields();
    } catch {
      setError('Заполните поля, отмеченные красным');
      return;
    }
    const data = toData(shownFields, values, 'omit');
    const checked = checkWith(journalDataSchema(journal, { partial: true }), data, form);
    if (!checked.data) {
      setError(checked.unmatched.map((i) => i.message).join('; ') || 'Проверьте поля, отмеченные красным');
      return;
    }
    const comment = typeof values.comment === 'string' && values.comment.trim() ? values.comment.trim() : undefined;
    try {
      const updated = await step.mutateAsync({ action: action.action, data, comment });
      message.success(`${action.label}: статус «${updated.statusLabel}»`);
      onClose();
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <Modal
      open
      title={action.label}
      okText={action.label}
      cancelText="Отмена"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={step.isPending}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'transition-submit' } as Record<string, string>}
    >
      <div data-testid="transition-modal">
        <Typography.Paragraph type="secondary">
          Запись № {entry.regNumber} перейдёт в статус «{toLabel}».
        </Typography.Paragraph>
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="transition-error" />
        )}
        <Form
          form={form}
          layout="vertical"
          initialValues={toFormValues(shownFields, entry.data)}
          onValuesChange={() => setError(null)}
        >
          {required.map((f) => (
            <JournalField key={f.key} field={f} required />
          ))}
          {others.length > 0 && (
            <Collapse
              size="small"
              ghost
              style={{ marginBottom: 12 }}
              items={[
                {
                  key: 'others',
                  label: required.length ? 'Другие сведения о рассмотрении' : 'Сведения о рассмотрении',
                  forceRender: true,
                  children: others.map((f) => <JournalField key={f.key} field={f} required={false} />),
                },
              ]}
            />
          )}
          <Form.Item name="comment" label="Комментарий к шагу">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="transition-comment" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
