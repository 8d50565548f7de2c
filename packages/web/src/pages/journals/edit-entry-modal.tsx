import { journalDataSchema } from '@antikor/core';
import { Alert, App, Divider, Form, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../app/api';
import { checkWith, showServerError } from '../../components/form-issues';
import { stageOf, toData, toFormValues } from './form-values';
import { JournalField } from './journal-field';
import { useEntryWrite } from './journal-queries';
import type { EntryDetail, JournalInfo } from './journal-types';

/** Correcting an entry's fields (the journal's keepers, until the entry is closed); a cleared field is erased. */
export function EditEntryModal({
  journal,
  entry,
  onClose,
}: {
  journal: JournalInfo;
  entry: EntryDetail;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const save = useEntryWrite(entry.id, (body: unknown) => api.patch<EntryDetail>(`/journal-entries/${entry.id}`, body));
  const registration = journal.fields.filter((f) => stageOf(f) === 'registration');
  const processing = journal.fields.filter((f) => stageOf(f) === 'processing');

  const submit = async () => {
    setError(null);
    let values: Record<string, unknown>;
    try {
      values = await form.validateFields();
    } catch {
      setError('Заполните поля, отмеченные красным');
      return;
    }
    const data = toData(journal.fields, values, 'null');
    const checked = checkWith(journalDataSchema(journal, { partial: true }), data, form);
    if (!checked.data) {
      setError(checked.unmatched.map((i) => i.message).join('; ') || 'Проверьте поля, отмеченные красным');
      return;
    }
    try {
      await save.mutateAsync({ data });
      message.success('Исправления сохранены');
      onClose();
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <Modal
      open
      title={`Исправить запись № ${entry.regNumber}`}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'edit-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={toFormValues(journal.fields, entry.data)}
        onValuesChange={() => setError(null)}
      >
        {registration.map((f) => (
          <JournalField key={f.key} field={f} required={!!f.required} />
        ))}
        {processing.length > 0 && <Divider titlePlacement="start">Рассмотрение</Divider>}
        {processing.map((f) => (
          <JournalField key={f.key} field={f} required={false} />
        ))}
      </Form>
    </Modal>
  );
}
