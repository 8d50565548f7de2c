import { DeleteOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { compositionInput, memberRoleLabels, memberRoles } from '@antikor/core';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { datePickerFormat, formatDate, toIsoDate } from '../../components/dates';
import { checkWith, showServerError } from '../../components/form-issues';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useCommissionWrite, useCompositions } from './commission-queries';
import type { Composition, Member } from './commission-types';

/** A new composition for a period (Указ № 821, п. 7–8): chair, deputy, secretary, members, independent ones. */
function CompositionModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const save = useCommissionWrite((body: unknown) => api.post<Composition>('/commission/compositions', body));
  const submit = async () => {
    const v = form.getFieldsValue();
    const checked = checkWith(
      compositionInput,
      {
        title: v.title ?? '',
        validFrom: toIsoDate(v.validFrom) ?? undefined,
        validTo: toIsoDate(v.validTo),
        members: (v.members ?? []).map((m: Member) => ({ ...m, isIndependent: !!m.isIndependent })),
      },
      form,
    );
    if (!checked.data)
      return setError(checked.unmatched.map((i) => i.message).join('; ') || 'Проверьте поля, отмеченные красным');
    try {
      const c = await save.mutateAsync(checked.data);
      message.success(
        c.warnings.length ? `Состав сохранён. Обратите внимание: ${c.warnings.join('; ')}` : 'Состав сохранён',
      );
      onClose();
    } catch (e) {
      setError(showServerError(form, e));
    }
  };
  return (
    <Modal
      open
      title="Утвердить состав комиссии"
      okText="Сохранить"
      cancelText="Отмена"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={960}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          members: [
            { role: 'chair' },
            { role: 'deputy_chair' },
            { role: 'secretary' },
            { role: 'member' },
            { role: 'member', isIndependent: true },
          ],
        }}
        onValuesChange={(changed) => {
          setError(null);
          form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
        }}
      >
        <Form.Item name="title" label="Акт об утверждении состава" required>
          <Input placeholder="Распоряжение администрации от 09.01.2024 № 3-р" />
        </Form.Item>
        <Space>
          <Form.Item name="validFrom" label="Действует с" required>
            <DatePicker format={datePickerFormat} />
          </Form.Item>
          <Form.Item name="validTo" label="по (если известно)">
            <DatePicker format={datePickerFormat} />
          </Form.Item>
        </Space>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'role']} style={{ width: 210 }}>
                    <Select options={memberRoles.map((r) => ({ value: r, label: memberRoleLabels[r] }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'fullName']} style={{ width: 260 }}>
                    <Input placeholder="ФИО" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'position']} style={{ width: 280 }}>
                    <Input placeholder="Должность (место работы)" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'isIndependent']} valuePropName="checked">
                    <Checkbox>независимый</Checkbox>
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="Удалить" />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ role: 'member' })}>
                Добавить члена комиссии
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

export function CompositionPage() {
  const { can } = useAuth();
  const q = useCompositions();
  const [open, setOpen] = useState(false);
  // The organisation's quorum as its regulation sets it (п. 19 of Указ № 821: two thirds by default).
  const settings = useQuery({
    queryKey: ['commission', 'settings'],
    queryFn: () => api.get<{ quorum: { numerator: number; denominator: number } }>('/commission/settings'),
  });
  const quorum = settings.data ? `${settings.data.quorum.numerator}/${settings.data.quorum.denominator}` : '2/3';
  return (
    <>
      <PageHeader
        title="Комиссия: состав"
        subtitle={`Независимые члены — не менее четверти состава (Указ № 821, п. 8); кворум — не менее ${quorum} от общего числа членов (п. 19 и положение о комиссии)`}
        backTo="/commission/meetings"
        extra={
          can('commission.manage') && (
            <>
              <Link to="/commission/settings">
                <Button icon={<SettingOutlined />} data-testid="commission-settings-link">
                  Кворум и сроки
                </Button>
              </Link>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
                Утвердить состав
              </Button>
            </>
          )
        }
      />
      {q.isError && <LoadError error={q.error} onRetry={() => q.refetch()} />}
      {q.data?.length === 0 && (
        <Typography.Paragraph type="secondary">
          Состав комиссии не утверждён. Без состава нельзя назначить заседание.
        </Typography.Paragraph>
      )}
      {(q.data ?? []).map((c) => (
        <Card
          key={c.id}
          size="small"
          style={{ marginBottom: 16 }}
          title={`${c.title}`}
          extra={`с ${formatDate(c.validFrom)}${c.validTo ? ` по ${formatDate(c.validTo)}` : ''}`}
        >
          {c.warnings.map((w) => (
            <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />
          ))}
          <Table<Member>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={c.members}
            columns={[
              { key: 'role', title: 'Роль', render: (_, m) => memberRoleLabels[m.role], width: 200 },
              { key: 'name', title: 'ФИО', dataIndex: 'fullName' },
              { key: 'position', title: 'Должность (место работы)', dataIndex: 'position' },
              { key: 'ind', title: '', render: (_, m) => m.isIndependent && <Tag>независимый</Tag>, width: 120 },
            ]}
          />
        </Card>
      ))}
      {open && <CompositionModal onClose={() => setOpen(false)} />}
    </>
  );
}
