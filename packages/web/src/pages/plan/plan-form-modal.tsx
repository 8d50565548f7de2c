import { Alert, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { showServerError } from '../../components/form-issues';
import { usePlanWrite } from './plan-queries';
import type { Plan } from './plan-types';

type Values = {
  title: string;
  periodFrom: number;
  periodTo: number;
  approvedBy: string;
  reportDue: string;
  quarterReportDays: number;
};

const monthDay = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Create a plan, or edit its details (title, years, approving act, reporting dates). */
export function PlanFormModal({
  open,
  initial,
  onClose,
}: {
  open: boolean;
  initial?: Plan;
  onClose: (saved?: { id: string }) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = usePlanWrite((input: Values) =>
    initial
      ? api.put<{ ok: true }>(`/plans/${initial.id}`, input).then(() => ({ id: initial.id }))
      : api.post<Plan>('/plans', input),
  );

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    const year = new Date().getFullYear();
    form.setFieldsValue(
      initial
        ? {
            title: initial.title,
            periodFrom: initial.periodFrom,
            periodTo: initial.periodTo,
            approvedBy: initial.approvedBy,
            reportDue: initial.reportDue,
            quarterReportDays: initial.quarterReportDays,
          }
        : {
            title: '',
            periodFrom: year,
            periodTo: year + 3,
            approvedBy: '',
            reportDue: '12-25',
            quarterReportDays: 10,
          },
    );
  }, [open, initial, form]);

  const onOk = async () => {
    setError(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      onClose(await save.mutateAsync({ ...values, approvedBy: values.approvedBy ?? '' }));
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <Modal
      open={open}
      title={initial ? 'Реквизиты плана' : 'Новый план противодействия коррупции'}
      okText={initial ? 'Сохранить' : 'Создать'}
      cancelText="Отмена"
      onOk={onOk}
      confirmLoading={save.isPending}
      onCancel={() => onClose()}
      destroyOnHidden
      width={640}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="plan-form">
        <Form.Item
          label="Наименование"
          name="title"
          rules={[{ required: true, min: 3, whitespace: true, message: 'Укажите наименование плана' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder="План противодействия коррупции в … на 2025-2028 годы"
            data-testid="plan-title"
          />
        </Form.Item>
        <Space size="middle" wrap>
          <Form.Item label="Год начала" name="periodFrom" rules={[{ required: true, message: 'Укажите год' }]}>
            <InputNumber min={2000} max={2100} style={{ width: 120 }} data-testid="plan-from" />
          </Form.Item>
          <Form.Item
            label="Год окончания"
            name="periodTo"
            dependencies={['periodFrom']}
            rules={[
              { required: true, message: 'Укажите год' },
              ({ getFieldValue }) => ({
                validator: (_, v) =>
                  v == null || v >= getFieldValue('periodFrom')
                    ? Promise.resolve()
                    : Promise.reject(new Error('Год окончания раньше года начала')),
              }),
            ]}
          >
            <InputNumber min={2000} max={2100} style={{ width: 120 }} data-testid="plan-to" />
          </Form.Item>
          <Form.Item
            label="Отчёт подразделений до (ММ-ДД)"
            name="reportDue"
            tooltip="Ежегодный срок представления отчётов об исполнении, например 12-25 — до 25 декабря"
            rules={[{ required: true, pattern: monthDay, message: 'День года в виде ММ-ДД, например 12-25' }]}
          >
            <Input style={{ width: 120 }} placeholder="12-25" data-testid="plan-report-due" />
          </Form.Item>
          <Form.Item
            label="Квартальный отчёт, раб. дней"
            name="quarterReportDays"
            tooltip="Рабочих дней после окончания квартала для квартального отчёта (по муниципальному акту)"
            rules={[{ required: true, message: 'Укажите число дней' }]}
          >
            <InputNumber min={1} max={60} style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Form.Item label="Утверждён" name="approvedBy">
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 3 }}
            placeholder="постановление администрации от ДД.ММ.ГГГГ № …"
            data-testid="plan-approved-by"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
