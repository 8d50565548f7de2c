import { formatIndicator } from '@antikor/core';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useIndicators, useManualFigures, usePlanWrite } from './plan-queries';
import type { Indicator, ManualFigure } from './plan-types';

const thisYear = new Date().getFullYear();
const yearOptions = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: `${y} год` }));

export const sourceTag = (source: Indicator['source']) =>
  source === 'manual' ? <Tag color="gold">введено вручную</Tag> : <Tag color="blue">вычислено по данным</Tag>;

type FigureValues = { figures: Record<string, { value: number | null; note: string }> };

/** The officer's form for the figures that have no module yet; an empty value clears the figure. */
function ManualFiguresForm({ year, items }: { year: number; items: ManualFigure[] }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FigureValues>();
  const [error, setError] = useState<string | null>(null);
  const save = usePlanWrite((body: unknown) => api.put(`/manual-figures/${year}`, body));
  useEffect(() => {
    form.setFieldsValue({
      figures: Object.fromEntries(items.map((i) => [i.key, { value: i.value, note: i.note }])),
    });
  }, [items, form]);

  const onFinish = async (values: FigureValues) => {
    setError(null);
    try {
      await save.mutateAsync({
        figures: items.map((i) => ({
          key: i.key,
          value: values.figures[i.key]?.value ?? null,
          note: values.figures[i.key]?.note ?? '',
        })),
      });
      message.success(`Показатели ${year} года сохранены`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Card
      size="small"
      title={`Показатели, вводимые вручную, за ${year} год`}
      style={{ marginBottom: 16 }}
      data-testid="manual-figures"
    >
      <Typography.Paragraph type="secondary">
        Пока в системе нет модуля, из которого они считаются, значения вводит специалист по профилактике коррупции.
        Пустое поле — «нет данных».
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<FigureValues> form={form} onFinish={onFinish} layout="vertical">
        <div
          style={{ display: 'grid', gridTemplateColumns: 'minmax(240px, 1fr) 180px minmax(200px, 1fr)', gap: '0 12px' }}
        >
          <Typography.Text strong>Показатель</Typography.Text>
          <Typography.Text strong>Значение</Typography.Text>
          <Typography.Text strong>Источник сведений</Typography.Text>
          {items.map((i) => (
            <FigureRow key={i.key} item={i} />
          ))}
        </div>
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          style={{ marginTop: 8 }}
          data-testid="manual-figures-save"
        >
          Сохранить
        </Button>
      </Form>
    </Card>
  );
}

function FigureRow({ item }: { item: ManualFigure }) {
  return (
    <>
      <div style={{ paddingTop: 5 }}>{item.title}</div>
      <Form.Item name={['figures', item.key, 'value']} style={{ marginBottom: 8 }}>
        <InputNumber
          min={0}
          max={1e12}
          decimalSeparator=","
          style={{ width: '100%' }}
          placeholder="нет данных"
          aria-label={item.title}
          data-testid={`figure-${item.key}`}
        />
      </Form.Item>
      <Form.Item name={['figures', item.key, 'note']} style={{ marginBottom: 8 }}>
        <Input placeholder="например, сведения отдела кадров" maxLength={1000} />
      </Form.Item>
    </>
  );
}

/** «Показатели»: the named figures of a year that reports embed, where each comes from, and the hand-entered ones. */
export function IndicatorsPage() {
  const [year, setYear] = useState(thisYear - 1);
  const [source, setSource] = useState<'all' | 'computed' | 'manual'>('all');
  const indicators = useIndicators(year);
  const canEdit = indicators.data?.canEdit ?? false;
  const manual = useManualFigures(year, canEdit);
  const items = (indicators.data?.items ?? []).filter((i) => source === 'all' || i.source === source);
  return (
    <>
      <PageHeader
        title="Показатели"
        subtitle="Цифры отчётов, вычисляемые по данным системы; в текстах отчётов — как {{ключ}}"
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select
          value={year}
          onChange={setYear}
          options={yearOptions}
          style={{ width: 120 }}
          aria-label="Год"
          data-testid="indicators-year"
        />
        <Segmented
          value={source}
          onChange={(v) => setSource(v as typeof source)}
          options={[
            { value: 'all', label: 'Все' },
            { value: 'computed', label: 'Вычисленные' },
            { value: 'manual', label: 'Введённые вручную' },
          ]}
        />
      </Flex>
      {indicators.isError && <LoadError error={indicators.error} onRetry={() => indicators.refetch()} />}
      {canEdit && manual.data && manual.data.length > 0 && <ManualFiguresForm year={year} items={manual.data} />}
      <Table<Indicator>
        rowKey="key"
        size="small"
        loading={indicators.isFetching}
        dataSource={items}
        pagination={false}
        scroll={{ x: 1000 }}
        data-testid="indicators-table"
        locale={{ emptyText: 'Показателей нет' }}
        columns={[
          {
            key: 'title',
            title: 'Показатель',
            render: (_, i) => (
              <>
                <div>{i.title}</div>
                <Typography.Text
                  type="secondary"
                  copyable={{ text: `{{${i.key}}}`, tooltips: ['Скопировать для текста отчёта', 'Скопировано'] }}
                  style={{ fontSize: 12 }}
                >
                  <code>{`{{${i.key}}}`}</code>
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'value',
            title: `Значение, ${year}`,
            width: 130,
            align: 'right',
            render: (_, i) =>
              i.value === null ? (
                <Typography.Text type="secondary">нет данных</Typography.Text>
              ) : (
                <Typography.Text strong data-testid="indicator-value" data-key={i.key}>
                  {formatIndicator(i.value, i.unit)}
                </Typography.Text>
              ),
          },
          {
            key: 'source',
            title: 'Источник',
            width: 180,
            render: (_, i) => (
              <>
                {sourceTag(i.source)}
                {i.note && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {i.note}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            key: 'definition',
            title: 'Что считается',
            width: 320,
            render: (_, i) => (
              <Typography.Text type="secondary">
                {i.definition || (i.source === 'manual' ? 'Вводит специалист по профилактике коррупции за год' : '—')}
              </Typography.Text>
            ),
          },
          {
            key: 'measures',
            title: 'Мероприятия',
            width: 120,
            render: (_, i) => i.measures.map((m) => <Tag key={m}>{m}</Tag>),
          },
        ]}
      />
    </>
  );
}
