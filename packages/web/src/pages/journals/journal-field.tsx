import type { FieldDef } from '@antikor/core';
import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { datePickerFormat } from '../../components/dates';

/** The control for one field type; Form.Item passes it `value` and `onChange`. */
function FieldControl({ field, ...rest }: { field: FieldDef; [prop: string]: unknown }) {
  const testId = `field-${field.key}`;
  switch (field.type) {
    case 'text':
      return <Input {...rest} maxLength={field.max ?? 500} data-testid={testId} />;
    case 'textarea':
      return (
        <Input.TextArea
          {...rest}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={field.max ?? 10_000}
          data-testid={testId}
        />
      );
    case 'date':
      return (
        <DatePicker
          {...rest}
          format={datePickerFormat}
          placeholder="ДД.ММ.ГГГГ"
          style={{ width: '100%', maxWidth: 220 }}
          data-testid={testId}
        />
      );
    case 'datetime':
      return (
        <DatePicker
          {...rest}
          showTime={{ format: 'HH:mm' }}
          format={`${datePickerFormat} HH:mm`}
          placeholder="ДД.ММ.ГГГГ ЧЧ:ММ"
          style={{ width: '100%', maxWidth: 260 }}
          data-testid={testId}
        />
      );
    case 'integer':
      return <InputNumber {...rest} min={0} precision={0} style={{ width: 180 }} data-testid={testId} />;
    case 'money':
      return (
        <InputNumber
          {...rest}
          min={0}
          precision={2}
          decimalSeparator=","
          suffix="₽"
          style={{ width: 220 }}
          data-testid={testId}
        />
      );
    case 'boolean':
      return (
        <Checkbox {...rest} data-testid={testId}>
          да
        </Checkbox>
      );
    case 'select':
      return <Select {...rest} allowClear options={field.options} placeholder="Выберите" data-testid={testId} />;
    case 'inn':
      return <Input {...rest} maxLength={12} inputMode="numeric" style={{ maxWidth: 220 }} data-testid={testId} />;
  }
}

/**
 * One journal field as a form item, drawn from its definition: label, hint, the control for its type,
 * and «обязательное поле» when `required` (the server checks again with the journal's zod schema).
 */
export function JournalField({ field, required }: { field: FieldDef; required: boolean }) {
  const message = `«${field.label}»: обязательное поле`;
  // Only text gets `whitespace`: any key besides `required` makes the validator also check the value is a
  // string, which a date (dayjs) or a number never is.
  const isText = field.type === 'text' || field.type === 'textarea' || field.type === 'inn';
  const rules: Rule[] = required
    ? [isText ? { required: true, whitespace: true, message } : { required: true, message }]
    : [];
  return (
    <Form.Item
      name={field.key}
      label={field.label}
      extra={field.help}
      rules={rules}
      valuePropName={field.type === 'boolean' ? 'checked' : 'value'}
    >
      <FieldControl field={field} />
    </Form.Item>
  );
}
