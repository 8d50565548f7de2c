import { App, Form, InputNumber, Modal, Radio } from 'antd';
import { errorMessage } from '../../app/api';
import { useStartRun } from './affiliation-queries';

/** Starts a check with its parameters (stored with the run). */
export function RunCheckModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ scope: 'all' | 'declarants'; minScore: number }>();
  const start = useStartRun();
  const { message } = App.useApp();
  return (
    <Modal
      title="Запустить проверку"
      open={open}
      onCancel={onClose}
      okText="Запустить"
      confirmLoading={start.isPending}
      onOk={async () => {
        const values = await form.validateFields();
        try {
          const run = await start.mutateAsync(values);
          message.success(
            `Проверка № ${run.number}: найдено связей ${run.linkCount}, новых ${run.newCount}, возвращено на рассмотрение ${run.reopenedCount}`,
          );
          onClose();
        } catch (e) {
          message.error(errorMessage(e));
        }
      }}
      destroyOnHidden
    >
      <p>
        Профили сотрудников и их родственников (из кадровых данных) сопоставляются со всеми загруженными контрагентами и
        с руководителями подведомственных учреждений. Решения рабочей группы сохраняются, пока не изменятся
        доказательства.
      </p>
      <Form form={form} layout="vertical" initialValues={{ scope: 'all', minScore: 0.5 }}>
        <Form.Item name="scope" label="Чьи профили">
          <Radio.Group
            options={[
              { value: 'all', label: 'Все работающие сотрудники' },
              { value: 'declarants', label: 'Только должности из перечня (273-ФЗ ст. 8)' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="minScore"
          label="Порог оценки связи"
          extra="0,5 — граница «сообщать / не сообщать»; ниже — больше слабых совпадений для ручной проверки"
          rules={[{ required: true, type: 'number', min: 0.3, max: 0.95, message: 'От 0,3 до 0,95' }]}
        >
          <InputNumber min={0.3} max={0.95} step={0.05} decimalSeparator="," style={{ width: 120 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
