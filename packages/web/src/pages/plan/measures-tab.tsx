import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Input, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { LongText } from './long-text';
import { MeasureFormModal } from './measure-form-modal';
import { usePlanExcel } from './plan-import';
import { usePlanWrite } from './plan-queries';
import type { Measure, PlanDetail, PlanUnit, Section } from './plan-types';
import { SectionFormModal } from './section-form-modal';

const matches = (m: Measure, q: string) =>
  `${m.number} ${m.text} ${m.executorsText} ${m.termText} ${m.units.map((u) => u.name).join(' ')}`
    .toLowerCase()
    .includes(q);

/** The term as written, the rule the system read from it, or a mark that it was not understood. */
export function TermCell({ measure }: { measure: Measure }) {
  return (
    <>
      <LongText text={measure.termText} rows={2} />
      {measure.termRule ? (
        measure.termDescription !== measure.termText && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {measure.termDescription}
          </Typography.Text>
        )
      ) : (
        <Tooltip title="Система не поняла срок: контрольные даты не рассчитываются. Выберите правило в карточке мероприятия.">
          <Tag color="orange" data-testid="term-unknown">
            срок не распознан
          </Tag>
        </Tooltip>
      )}
    </>
  );
}

/** The units reporting on a measure: the first two, the rest behind «ещё N» with a tooltip. */
function UnitList({ units }: { units: PlanUnit[] }) {
  if (units.length === 0) return <Typography.Text type="warning">не указаны</Typography.Text>;
  const shown = units.slice(0, 2);
  const rest = units.slice(2);
  return (
    <Flex vertical gap={2} align="flex-start">
      {shown.map((u) => (
        <Typography.Text key={u.id} ellipsis={{ tooltip: u.name }} style={{ maxWidth: 200, fontSize: 13 }}>
          {u.name}
        </Typography.Text>
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.map((u) => <div key={u.id}>{u.name}</div>)}>
          <Typography.Link style={{ fontSize: 13 }}>ещё {rest.length}</Typography.Link>
        </Tooltip>
      )}
    </Flex>
  );
}

/** «Мероприятия»: the plan's sections and measures; the officer adds and edits them, or loads them from Excel. */
export function MeasuresTab({ plan }: { plan: PlanDetail }) {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [sectionModal, setSectionModal] = useState<{ initial?: Section } | null>(null);
  const [measureModal, setMeasureModal] = useState<{ initial?: Measure; sectionId?: string } | null>(null);
  const excel = usePlanExcel(plan.id, plan.canManage);
  const remove = usePlanWrite((path: string) => api.delete(path));
  const query = q.trim().toLowerCase();
  const sections = useMemo(
    () =>
      plan.sections
        .map((s) => ({ ...s, measures: query ? s.measures.filter((m) => matches(m, query)) : s.measures }))
        .filter((s) => !query || s.measures.length > 0),
    [plan.sections, query],
  );
  const total = plan.sections.reduce((n, s) => n + s.measures.length, 0);
  const unknownTerms = plan.sections.reduce((n, s) => n + s.measures.filter((m) => !m.termRule).length, 0);
  const nextSection = String(Math.max(0, ...plan.sections.map((s) => Number(s.number) || 0)) + 1);

  const del = (path: string, what: string) =>
    remove.mutate(path, {
      onSuccess: () => message.success(`${what} удалено`),
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap align="center">
          <Input.Search
            placeholder="Номер, слова мероприятия, исполнитель"
            allowClear
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 340 }}
            data-testid="measures-search"
          />
          <Typography.Text type="secondary">
            Разделов: {plan.sections.length}, мероприятий: {total}
            {unknownTerms > 0 && `, срок не распознан: ${unknownTerms}`}
          </Typography.Text>
        </Flex>
        <Flex gap={8} wrap>
          {excel.buttons}
          {plan.canManage && (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setSectionModal({})} data-testid="section-add">
                Раздел
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={plan.sections.length === 0}
                title={plan.sections.length === 0 ? 'Сначала добавьте раздел' : undefined}
                onClick={() => setMeasureModal({})}
                data-testid="measure-add"
              >
                Мероприятие
              </Button>
            </>
          )}
        </Flex>
      </Flex>
      {excel.report}
      {plan.sections.length === 0 ? (
        <Empty
          description={
            plan.canManage
              ? 'В плане пока нет мероприятий. Добавьте раздел и мероприятия или загрузите их из Excel (образец — «Выгрузить в Excel»).'
              : 'В плане пока нет мероприятий.'
          }
        />
      ) : sections.length === 0 ? (
        <Empty description="Ничего не найдено. Измените условия поиска." />
      ) : (
        sections.map((s) => (
          <div key={s.id} style={{ marginBottom: 24 }} data-testid="plan-section">
            <Flex align="baseline" gap={8} style={{ marginBottom: 8 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {s.number}. {s.title}
              </Typography.Title>
              {plan.canManage && (
                <>
                  <Button
                    type="text"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label="Изменить раздел"
                    onClick={() => setSectionModal({ initial: plan.sections.find((x) => x.id === s.id) })}
                  />
                  <Button
                    type="text"
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => setMeasureModal({ sectionId: s.id })}
                  >
                    мероприятие
                  </Button>
                  {s.measures.length === 0 && !query && (
                    <Popconfirm
                      title={`Удалить раздел ${s.number}?`}
                      okText="Удалить"
                      cancelText="Отмена"
                      onConfirm={() => del(`/plans/${plan.id}/sections/${s.id}`, 'Раздел')}
                    >
                      <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label="Удалить раздел" />
                    </Popconfirm>
                  )}
                </>
              )}
            </Flex>
            <Table<Measure>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={s.measures}
              locale={{ emptyText: 'В разделе нет мероприятий' }}
              scroll={{ x: plan.canManage ? 1040 : 960 }}
              styles={{ body: { cell: { verticalAlign: 'top' } } }}
              data-testid="measures-table"
              columns={[
                { key: 'number', title: '№', dataIndex: 'number', width: 64 },
                {
                  key: 'text',
                  title: 'Мероприятие',
                  render: (_, m) => (
                    <>
                      <LongText text={m.text} />
                      {m.expectedResult && (
                        <div style={{ marginTop: 4 }}>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            Ожидаемый результат:
                          </Typography.Text>
                          <LongText text={m.expectedResult} rows={1} secondary style={{ fontSize: 12 }} />
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  key: 'executors',
                  title: 'Ответственные исполнители',
                  width: 240,
                  render: (_, m) => <LongText text={m.executorsText} />,
                },
                { key: 'term', title: 'Срок исполнения', width: 190, render: (_, m) => <TermCell measure={m} /> },
                {
                  key: 'units',
                  title: 'Отчитываются',
                  width: 220,
                  render: (_, m) => <UnitList units={m.units} />,
                },
                ...(plan.canManage
                  ? [
                      {
                        key: 'actions',
                        width: 80,
                        render: (_: unknown, m: Measure) => (
                          <Flex gap={0}>
                            <Button
                              type="text"
                              size="small"
                              icon={<EditOutlined />}
                              aria-label={`Изменить мероприятие ${m.number}`}
                              onClick={() => setMeasureModal({ initial: m })}
                              data-testid="measure-edit"
                            />
                            <Popconfirm
                              title={`Удалить мероприятие ${m.number}?`}
                              description="Отчёты подразделений по нему тоже будут удалены."
                              okText="Удалить"
                              cancelText="Отмена"
                              onConfirm={() => del(`/plans/${plan.id}/measures/${m.id}`, 'Мероприятие')}
                            >
                              <Button
                                type="text"
                                size="small"
                                danger
                                icon={<DeleteOutlined />}
                                aria-label={`Удалить мероприятие ${m.number}`}
                              />
                            </Popconfirm>
                          </Flex>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        ))
      )}
      <SectionFormModal
        planId={plan.id}
        open={sectionModal !== null}
        initial={sectionModal?.initial}
        nextNumber={nextSection}
        onClose={() => setSectionModal(null)}
      />
      <MeasureFormModal
        plan={plan}
        open={measureModal !== null}
        initial={measureModal?.initial}
        sectionId={measureModal?.sectionId}
        onClose={() => setMeasureModal(null)}
      />
    </>
  );
}
