import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Collapse,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, errorMessage } from '../../app/api';
import { datePickerFormat } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useDeclaration } from './declaration-queries';
import { roleLabels } from './declaration-types';

type FieldSpec = {
  name: string;
  label: string;
  type: 'text' | 'money' | 'date' | 'int' | 'select';
  options?: [string, string][];
  width?: number;
  required?: boolean;
};
type SectionSpec = { name: string; title: string; fields: FieldSpec[] };

const OWNERSHIP: [string, string][] = [
  ['individual', 'Индивидуальная'],
  ['shared', 'Долевая'],
  ['joint', 'Совместная'],
];
const ESTATE: [string, string][] = [
  ['land', 'Земельный участок'],
  ['house', 'Жилой дом'],
  ['apartment', 'Квартира'],
  ['garage', 'Гараж'],
  ['dacha', 'Дача'],
  ['other', 'Иное'],
];

/** The sections of the official form (Указ № 460 as amended by Указ № 778), as repeatable rows. */
const SECTIONS: SectionSpec[] = [
  {
    name: 'incomes',
    title: 'Раздел 1. Сведения о доходах',
    fields: [
      {
        name: 'line',
        label: 'Строка',
        type: 'select',
        required: true,
        width: 6,
        options: [
          ['1', '1 — по основному месту работы'],
          ['2', '2 — педагогическая и научная деятельность'],
          ['3', '3 — иная творческая деятельность'],
          ['4', '4 — вклады в банках'],
          ['5', '5 — ценные бумаги и доли участия'],
          ['6', '6 — иные доходы'],
        ],
      },
      { name: 'amount', label: 'Сумма, руб.', type: 'money', required: true, width: 4 },
      { name: 'otherKind', label: 'Вид иного дохода (строка 6)', type: 'text', width: 8 },
    ],
  },
  {
    name: 'expenses',
    title: 'Раздел 2. Сведения о расходах',
    fields: [
      { name: 'assetKind', label: 'Вид приобретённого имущества', type: 'text', width: 5 },
      { name: 'amount', label: 'Сумма сделки, руб.', type: 'money', width: 4 },
      { name: 'source', label: 'Источник получения средств', type: 'text', width: 6 },
      { name: 'basis', label: 'Основание приобретения', type: 'text', width: 5 },
    ],
  },
  {
    name: 'realEstate',
    title: 'Раздел 3.1. Недвижимое имущество',
    fields: [
      { name: 'kind', label: 'Вид', type: 'select', options: ESTATE, required: true, width: 4 },
      { name: 'ownership', label: 'Вид собственности', type: 'select', options: OWNERSHIP, width: 4 },
      { name: 'share', label: 'Доля', type: 'text', width: 2 },
      { name: 'area', label: 'Площадь, м²', type: 'money', width: 3 },
      { name: 'country', label: 'Страна', type: 'text', width: 3 },
      { name: 'address', label: 'Местонахождение', type: 'text', width: 4 },
      { name: 'basis', label: 'Основание и источник средств', type: 'text', width: 4 },
    ],
  },
  {
    name: 'vehicles',
    title: 'Раздел 3.2. Транспортные средства',
    fields: [
      { name: 'type', label: 'Вид', type: 'text', width: 5 },
      { name: 'make', label: 'Марка', type: 'text', width: 4 },
      { name: 'model', label: 'Модель', type: 'text', width: 4 },
      { name: 'year', label: 'Год выпуска', type: 'int', width: 3 },
      { name: 'ownership', label: 'Вид собственности', type: 'select', options: OWNERSHIP, width: 4 },
    ],
  },
  {
    name: 'digitalAssets',
    title: 'Разделы 3.3–3.5. Цифровые активы и цифровая валюта',
    fields: [
      {
        name: 'kind',
        label: 'Вид',
        type: 'select',
        required: true,
        options: [
          ['financial_asset', 'Цифровой финансовый актив'],
          ['utilitarian_right', 'Утилитарное цифровое право'],
          ['currency', 'Цифровая валюта'],
        ],
        width: 5,
      },
      { name: 'name', label: 'Наименование', type: 'text', width: 5 },
      { name: 'acquiredAt', label: 'Дата приобретения', type: 'date', width: 4 },
      { name: 'quantity', label: 'Количество', type: 'money', width: 3 },
      { name: 'operator', label: 'Оператор', type: 'text', width: 5 },
    ],
  },
  {
    name: 'accounts',
    title: 'Раздел 4. Счета в банках и иных кредитных организациях',
    fields: [
      { name: 'bank', label: 'Банк', type: 'text', width: 6 },
      { name: 'type', label: 'Вид счёта', type: 'text', width: 3 },
      { name: 'currency', label: 'Валюта', type: 'text', width: 2 },
      { name: 'openedAt', label: 'Дата открытия', type: 'date', width: 3 },
      { name: 'balance', label: 'Остаток, руб.', type: 'money', width: 3 },
      { name: 'inflow', label: 'Поступило, руб.', type: 'money', width: 3 },
      { name: 'country', label: 'Страна', type: 'text', width: 3 },
    ],
  },
  {
    name: 'shareholdings',
    title: 'Раздел 5.1. Акции и иное участие в коммерческих организациях',
    fields: [
      { name: 'legalForm', label: 'Форма', type: 'text', width: 3 },
      { name: 'name', label: 'Наименование', type: 'text', width: 6 },
      { name: 'inn', label: 'ИНН', type: 'text', width: 4 },
      { name: 'participation', label: 'Доля участия', type: 'text', width: 3 },
      { name: 'basis', label: 'Основание участия', type: 'text', width: 5 },
    ],
  },
  {
    name: 'securities',
    title: 'Раздел 5.2. Иные ценные бумаги',
    fields: [
      { name: 'type', label: 'Вид', type: 'text', width: 5 },
      { name: 'issuer', label: 'Эмитент', type: 'text', width: 7 },
      { name: 'quantity', label: 'Количество', type: 'money', width: 4 },
      { name: 'totalValue', label: 'Общая стоимость, руб.', type: 'money', width: 5 },
    ],
  },
  {
    name: 'realEstateInUse',
    title: 'Раздел 6.1. Объекты недвижимости в пользовании',
    fields: [
      { name: 'kind', label: 'Вид', type: 'select', options: ESTATE, required: true, width: 4 },
      { name: 'area', label: 'Площадь, м²', type: 'money', width: 3 },
      { name: 'useKind', label: 'Вид и сроки пользования', type: 'text', width: 5 },
      { name: 'basis', label: 'Основание пользования', type: 'text', width: 5 },
      { name: 'providerName', label: 'Кто предоставил', type: 'text', width: 5 },
    ],
  },
  {
    name: 'obligations',
    title: 'Раздел 6.2. Срочные обязательства финансового характера (от 500 000 руб.)',
    fields: [
      { name: 'content', label: 'Содержание', type: 'text', width: 4 },
      { name: 'counterparty', label: 'Кредитор (должник)', type: 'text', width: 5 },
      { name: 'counterpartyInn', label: 'ИНН', type: 'text', width: 3 },
      { name: 'amount', label: 'Сумма, руб.', type: 'money', width: 3 },
      { name: 'outstanding', label: 'Остаток, руб.', type: 'money', width: 3 },
      { name: 'conditions', label: 'Условия', type: 'text', width: 4 },
    ],
  },
  {
    name: 'giftedAway',
    title: 'Раздел 7. Имущество, отчуждённое по безвозмездным сделкам',
    fields: [
      { name: 'propertyType', label: 'Вид имущества', type: 'text', width: 6 },
      { name: 'recipient', label: 'Приобретатель', type: 'text', width: 8 },
      { name: 'basis', label: 'Основание', type: 'text', width: 8 },
    ],
  },
];

type Obligation = {
  id: string;
  campaignId: string;
  reportingYear: number;
  role: 'self' | 'spouse' | 'minor_child';
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  positionTitle: string | null;
  declarantName: string;
};

/** Dates travel as 'YYYY-MM-DD'; the pickers hold dayjs values. */
function toForm(form: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...form, birthDate: form.birthDate ? dayjs(String(form.birthDate)) : null };
  for (const s of SECTIONS) {
    const rows = (form[s.name] as Record<string, unknown>[] | undefined) ?? [];
    out[s.name] = rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => {
          const spec = s.fields.find((f) => f.name === k);
          if (spec?.type === 'date') return [k, v ? dayjs(String(v)) : null];
          if (spec?.type === 'select' && typeof v === 'number') return [k, String(v)];
          return [k, v];
        }),
      ),
    );
  }
  return out;
}

function fromForm(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...values,
    birthDate: (values.birthDate as Dayjs | null)?.format('YYYY-MM-DD'),
  };
  for (const s of SECTIONS) {
    const rows = (values[s.name] as Record<string, unknown>[] | undefined) ?? [];
    out[s.name] = rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => {
          const spec = s.fields.find((f) => f.name === k);
          if (spec?.type === 'date') return [k, (v as Dayjs | null)?.format('YYYY-MM-DD') ?? null];
          if (k === 'line') return [k, Number(v)];
          return [k, v === '' ? null : v];
        }),
      ),
    );
  }
  return out;
}

function Field({ spec, name }: { spec: FieldSpec; name: (string | number)[] }) {
  const rules = spec.required ? [{ required: true, message: 'Заполните' }] : [];
  const control =
    spec.type === 'money' ? (
      <InputNumber min={0} style={{ width: '100%' }} decimalSeparator="," />
    ) : spec.type === 'int' ? (
      <InputNumber min={1900} max={2100} style={{ width: '100%' }} />
    ) : spec.type === 'date' ? (
      <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
    ) : spec.type === 'select' ? (
      <Select
        allowClear
        options={spec.options?.map(([value, label]) => ({ value, label }))}
        popupMatchSelectWidth={false}
      />
    ) : (
      <Input />
    );
  return (
    <Col span={spec.width ?? 4}>
      <Form.Item name={name} label={spec.label} rules={rules} style={{ marginBottom: 8 }}>
        {control}
      </Form.Item>
    </Col>
  );
}

/** Manual entry or correction of a declaration, section by section as on the official form. */
export function DeclarationFormPage() {
  const { id = '' } = useParams();
  const isNew = window.location.pathname.startsWith('/declarations/obligation/');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<string | null>(null);
  const obligation = useQuery({
    queryKey: ['declaration-obligation', id],
    queryFn: () => api.get<Obligation>(`/declaration-obligations/${id}`),
    enabled: isNew,
  });
  const decl = useDeclaration(isNew ? undefined : id);
  const initial = useMemo(() => {
    if (isNew && obligation.data) {
      const o = obligation.data;
      return toForm({
        role: o.role,
        lastName: o.lastName,
        firstName: o.firstName,
        middleName: o.middleName,
        birthDate: o.birthDate,
        position: o.role === 'self' ? o.positionTitle : null,
        incomes: o.role === 'self' ? [{ line: '1', amount: null }] : [],
      });
    }
    if (!isNew && decl.data?.currentForm) return toForm(decl.data.currentForm);
    return null;
  }, [isNew, obligation.data, decl.data]);
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => {
      const { receivedOn, isClarifying, note, ...rest } = v;
      const body = {
        receivedOn: (receivedOn as Dayjs).format('YYYY-MM-DD'),
        isClarifying: !!isClarifying,
        note,
        form: fromForm(rest),
      };
      return isNew
        ? api.post<{ declarationId: string }>(`/declaration-obligations/${id}/declaration`, body)
        : api.put<{ declarationId: string }>(`/declarations/${id}`, body);
    },
    onSuccess: (r) => {
      message.success('Справка сохранена');
      qc.invalidateQueries({ queryKey: ['declaration'] });
      qc.invalidateQueries({ queryKey: ['declaration-persons'] });
      navigate(`/declarations/declaration/${r.declarationId}`);
    },
    onError: (e) => {
      setProblem(
        e instanceof ApiError && e.details.length
          ? `${e.message}: ${e.details.map((d) => `${d.field} — ${d.message}`).join('; ')}`
          : errorMessage(e),
      );
    },
  });
  const err = obligation.error ?? decl.error;
  if (err) return <LoadError error={err} />;
  if (!initial) return null;
  const role = (initial.role as keyof typeof roleLabels) ?? 'self';
  const title = isNew ? `Внести справку: ${roleLabels[role]}` : 'Исправить справку';
  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          isNew && obligation.data
            ? `Декларант — ${obligation.data.declarantName}, сведения за ${obligation.data.reportingYear} год`
            : 'Исправление сохранится новой версией с перечнем изменений'
        }
      />
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem}
          style={{ marginBottom: 12 }}
          closable
          onClose={() => setProblem(null)}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...initial, receivedOn: dayjs(), isClarifying: false }}
        onFinish={(v) => save.mutate(v)}
        data-testid="declaration-form"
      >
        <Card size="small" title="Титульный лист" style={{ marginBottom: 12 }}>
          <Form.Item name="role" hidden>
            <Input />
          </Form.Item>
          <Row gutter={12}>
            <Col span={6}>
              <Form.Item name="lastName" label="Фамилия" rules={[{ required: true, message: 'Укажите фамилию' }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="firstName" label="Имя" rules={[{ required: true, message: 'Укажите имя' }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="middleName" label="Отчество">
                <Input />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="birthDate"
                label="Дата рождения"
                rules={[{ required: true, message: 'Укажите дату рождения' }]}
              >
                <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="position" label="Должность">
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="workplace" label="Место работы">
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="receivedOn" label="Дата получения" rules={[{ required: true, message: 'Укажите дату' }]}>
                <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="isClarifying" label=" " valuePropName="checked">
                <Checkbox>Уточнённые сведения</Checkbox>
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="note" label="Примечание (источник, причина исправления)">
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Collapse
          defaultActiveKey={['incomes', 'realEstate', 'accounts']}
          items={SECTIONS.map((s) => ({
            key: s.name,
            label: s.title,
            children: (
              <Form.List name={s.name}>
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <Row key={f.key} gutter={8} align="bottom">
                        {s.fields.map((spec) => (
                          <Field key={spec.name} spec={spec} name={[f.name, spec.name]} />
                        ))}
                        <Col span={1}>
                          <MinusCircleOutlined
                            onClick={() => remove(f.name)}
                            style={{ marginBottom: 18 }}
                            aria-label="Удалить строку"
                          />
                        </Col>
                      </Row>
                    ))}
                    <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
                      Добавить строку
                    </Button>
                  </>
                )}
              </Form.List>
            ),
          }))}
        />
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="declaration-save">
            Сохранить
          </Button>
          <Button onClick={() => navigate(-1)}>Отмена</Button>
          <Typography.Text type="secondary">Итог раздела 1 (строка 7) считается автоматически.</Typography.Text>
        </Space>
      </Form>
    </>
  );
}
