import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../app/api';
import { datePickerFormat, toIsoDate } from '../../components/dates';
import { showServerError } from '../../components/form-issues';
import { useCommissionWrite } from './commission-queries';
import type { CaseDetail } from './commission-types';

type Field = { name: string; label: string; kind: 'date' | 'text' | 'area'; optional?: boolean };

/** Each step outside meetings and what it asks for (server: change-case.ts). */
export const caseActionDefs: Record<string, { label: string; fields: Field[] }> = {
  complete_review: {
    label: 'Передать председателю комиссии',
    fields: [{ name: 'chairReceivedOn', label: 'Дата передачи материалов и заключения председателю', kind: 'date' }],
  },
  send_protocol: {
    label: 'Отметить направление протокола',
    fields: [
      { name: 'protocolSentOn', label: 'Копия протокола направлена представителю нанимателя', kind: 'date' },
      { name: 'extractSentOn', label: 'Выписка вручена (направлена) служащему', kind: 'date', optional: true },
    ],
  },
  send_extract: {
    label: 'Отметить вручение выписки служащему',
    fields: [{ name: 'extractSentOn', label: 'Дата вручения (направления)', kind: 'date' }],
  },
  head_response: {
    label: 'Внести решение представителя нанимателя',
    fields: [
      { name: 'headResponseOn', label: 'Дата письменного сообщения комиссии', kind: 'date' },
      { name: 'headResponseText', label: 'Принятое решение', kind: 'area' },
    ],
  },
  refer_law_enforcement: {
    label: 'Отметить передачу в правоохранительные органы',
    fields: [
      { name: 'lawEnforcementOn', label: 'Дата передачи', kind: 'date' },
      { name: 'lawEnforcementBody', label: 'Орган (прокуратура, МВД)', kind: 'text' },
      { name: 'lawEnforcementNote', label: 'Что передано', kind: 'area', optional: true },
    ],
  },
  close: { label: 'Закрыть вопрос', fields: [{ name: 'note', label: 'Примечание', kind: 'area', optional: true }] },
  withdraw: { label: 'Снять с рассмотрения', fields: [{ name: 'note', label: 'Причина', kind: 'area' }] },
};

export function CaseActionModal({ c, action, onClose }: { c: CaseDetail; action: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const def = caseActionDefs[action];
  const write = useCommissionWrite((body: unknown) => api.post<CaseDetail>(`/commission/cases/${c.id}/actions`, body));
  const submit = async () => {
    const v = form.getFieldsValue();
    const body: Record<string, unknown> = { action };
    for (const f of def.fields) {
      const value =
        f.kind === 'date' ? toIsoDate(v[f.name]) : typeof v[f.name] === 'string' ? v[f.name].trim() : undefined;
      if (value) body[f.name] = value;
    }
    try {
      const r = await write.mutateAsync(body);
      message.success(`${def.label}: ${r.statusLabel}`);
      onClose();
    } catch (e) {
      setError(showServerError(form, e));
    }
  };
  return (
    <Modal
      open
      title={def.label}
      okText={def.label}
      cancelText="Отмена"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={write.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'case-action-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={Object.fromEntries(
          def.fields.filter((f) => f.kind === 'date' && !f.optional).map((f) => [f.name, dayjs()]),
        )}
        onValuesChange={(changed) => {
          setError(null);
          form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
        }}
      >
        {def.fields.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label} required={!f.optional}>
            {f.kind === 'date' ? (
              <DatePicker format={datePickerFormat} />
            ) : f.kind === 'text' ? (
              <Input maxLength={500} />
            ) : (
              <Input.TextArea rows={3} maxLength={5000} />
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
