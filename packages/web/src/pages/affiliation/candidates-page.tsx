import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { CandidateCheckInput } from '@antikor/core';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, List, Row, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api, errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { datePickerFormat, formatDate, formatDateTime, toIsoDate } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useCandidateChecks } from './affiliation-queries';
import type { CandidateCheck } from './affiliation-types';

type Values = {
  lastName: string;
  firstName: string;
  middleName?: string;
  birthDate?: Dayjs;
  inn?: string;
  phones?: string;
  emails?: string;
  addresses?: string;
  position?: string;
  note?: string;
};
const split = (s?: string) =>
  (s ?? '')
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Checks of a candidate before appointment: against the copy of the register of persons dismissed
 * due to loss of trust (273-ФЗ ст. 15) and against the counterparties (ban on entrepreneurship,
 * 25-ФЗ ст. 14). The result is kept with the date of the check.
 */
export function CandidatesPage() {
  const { can } = useAuth();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CandidateCheck | null>(null);
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useCandidateChecks({ q, ...page });

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const body: CandidateCheckInput = {
        lastName: v.lastName,
        firstName: v.firstName,
        middleName: v.middleName,
        birthDate: toIsoDate(v.birthDate) ?? undefined,
        inn: v.inn,
        phones: split(v.phones),
        emails: split(v.emails),
        addresses: split(v.addresses),
        position: v.position,
        note: v.note,
      };
      setResult(await api.post<CandidateCheck>('/affiliation/candidates', body));
      await qc.invalidateQueries({ queryKey: ['affiliation', 'candidates'] });
    } catch (e) {
      if (e instanceof ApiError && e.details.length)
        form.setFields(e.details.map((d) => ({ name: d.field.split('.')[0] as keyof Values, errors: [d.message] })));
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title="Проверка кандидатов"
        subtitle="Перед назначением: реестр лиц, уволенных в связи с утратой доверия, и связи с контрагентами"
      />
      <Row gutter={16}>
        {can('affiliation.manage') && (
          <Col xs={24} xl={10}>
            <Card size="small" title="Кандидат" style={{ marginBottom: 16 }}>
              <Form form={form} layout="vertical" onFinish={submit} data-testid="candidate-form">
                <Row gutter={8}>
                  <Col span={12}>
                    <Form.Item
                      name="lastName"
                      label="Фамилия"
                      rules={[{ required: true, message: 'Фамилия: обязательное поле' }]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item
                      name="firstName"
                      label="Имя"
                      rules={[{ required: true, message: 'Имя: обязательное поле' }]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item name="middleName" label="Отчество">
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item name="birthDate" label="Дата рождения">
                      <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item
                      name="inn"
                      label="ИНН"
                      rules={[{ pattern: /^\d{12}$/, message: 'ИНН физического лица: 12 цифр' }]}
                    >
                      <Input maxLength={12} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item name="position" label="Должность, на которую претендует">
                      <Input />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name="phones" label="Телефоны" extra="Несколько — через «;»">
                  <Input />
                </Form.Item>
                <Form.Item name="emails" label="E-mail">
                  <Input />
                </Form.Item>
                <Form.Item name="addresses" label="Адреса" extra="Несколько — через «;»">
                  <Input />
                </Form.Item>
                <Form.Item name="note" label="Примечание">
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  icon={<SafetyCertificateOutlined />}
                  loading={busy}
                  data-testid="candidate-submit"
                >
                  Проверить
                </Button>
              </Form>
            </Card>
          </Col>
        )}
        <Col xs={24} xl={can('affiliation.manage') ? 14 : 24}>
          {result && <CheckResult check={result} />}
          <Card size="small" title="Проверки кандидатов">
            <Input.Search
              placeholder="ФИО или должность"
              allowClear
              onSearch={(v) => {
                setQ(v.trim() || undefined);
                setPage((p) => ({ ...p, page: 1 }));
              }}
              style={{ width: 300, marginBottom: 12 }}
            />
            {list.isError && <LoadError error={list.error} onRetry={() => list.refetch()} />}
            <Table<CandidateCheck>
              rowKey="id"
              size="small"
              loading={list.isFetching}
              dataSource={list.data?.items}
              locale={{ emptyText: 'Проверок ещё не было.' }}
              onRow={(r) => ({ onClick: () => setResult(r), style: { cursor: 'pointer' } })}
              pagination={{ current: page.page, pageSize: page.pageSize, total: list.data?.total ?? 0 }}
              onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
              columns={[
                { title: 'Когда', width: 140, render: (_, r) => formatDateTime(r.checkedAt) },
                {
                  title: 'Кандидат',
                  render: (_, r) => (
                    <>
                      {r.name}
                      <div style={{ color: '#888', fontSize: 12 }}>
                        {[formatDate(r.birthDate), r.position].filter(Boolean).join(', ')}
                      </div>
                    </>
                  ),
                },
                {
                  title: 'Итог',
                  width: 160,
                  render: (_, r) =>
                    r.outcome === 'clear' ? (
                      <Tag color="green">совпадений нет</Tag>
                    ) : (
                      <Tag color="red">требует внимания</Tag>
                    ),
                },
                { title: 'Проверил', dataIndex: 'checkedByName', width: 180, ellipsis: true },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function CheckResult({ check }: { check: CandidateCheck }) {
  return (
    <Card
      size="small"
      title={`Результат: ${check.name}, ${formatDateTime(check.checkedAt)}`}
      style={{ marginBottom: 16 }}
      data-testid="candidate-result"
    >
      {check.outcome === 'clear' ? (
        <Alert
          type="success"
          showIcon
          title="Совпадений не найдено"
          description={`Реестр (копия): ${check.registerSize} записей; контрагентов: ${check.counterpartyCount} строк.`}
        />
      ) : (
        <Alert type="warning" showIcon title="Требует внимания при решении о назначении" style={{ marginBottom: 12 }} />
      )}
      {check.registerSize === 0 && (
        <Typography.Paragraph type="warning" style={{ marginTop: 8 }}>
          Копия реестра не загружена — сверка с реестром не выполнена.{' '}
          <Link to="/affiliation/loss-of-trust">Загрузить реестр</Link>
        </Typography.Paragraph>
      )}
      {check.register.length > 0 && (
        <List
          header={<b>Реестр лиц, уволенных в связи с утратой доверия</b>}
          dataSource={check.register}
          renderItem={(h) => (
            <List.Item>
              <div>
                <Tag color={h.kind === 'match' ? 'red' : 'gold'}>
                  {h.kind === 'match' ? 'совпадение' : 'совпадает ФИО'}
                </Tag>{' '}
                {h.name} — {h.organisation}
                {h.position ? `, ${h.position}` : ''}; акт {formatDate(h.actDate)}
                {h.actNumber ? ` № ${h.actNumber}` : ''}; {h.violation}
                <div style={{ color: '#888', fontSize: 12 }}>{h.summary}</div>
              </div>
            </List.Item>
          )}
        />
      )}
      {check.counterparties.length > 0 && (
        <List
          header={<b>Контрагенты</b>}
          dataSource={check.counterparties}
          renderItem={(h) => (
            <List.Item>
              <div>
                {h.isBusinessRole && <Tag color="red">запрет предпринимательской деятельности (25-ФЗ ст. 14)</Tag>}{' '}
                {h.companyName} {h.companyInn && `(ИНН ${h.companyInn})`} — {h.roleLabel ?? 'контакт'}
                <div style={{ color: '#888', fontSize: 12 }}>{h.summary}</div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
