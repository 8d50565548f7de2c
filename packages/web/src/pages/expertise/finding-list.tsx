import { CheckOutlined, CloseOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { api, errorMessage } from '../../app/api';
import { formatDateTime } from '../../components/dates';
import { useExpertiseWrite } from './expertise-queries';
import type { Decision, Finding } from './expertise-types';

export type FindingFilter = 'all' | 'pending' | 'confirmed' | 'rejected' | 'hints';

export const filterFindings = (findings: Finding[], filter: FindingFilter) =>
  findings.filter((f) =>
    filter === 'all'
      ? !f.isHint || f.decision !== 'pending'
      : filter === 'hints'
        ? f.isHint && f.decision === 'pending'
        : filter === 'pending'
          ? f.decision === 'pending' && !f.isHint
          : f.decision === filter,
  );

const filters: [FindingFilter, string][] = [
  ['all', 'Все'],
  ['pending', 'Не рассмотрены'],
  ['confirmed', 'Подтверждены'],
  ['rejected', 'Отклонены'],
  ['hints', 'Подсказки'],
];

const decisionTag: Record<Decision, { color: string; label: string }> = {
  confirmed: { color: 'red', label: 'подтверждён' },
  rejected: { color: 'default', label: 'отклонён' },
  pending: { color: 'orange', label: 'не рассмотрен' },
};

type Props = {
  entryId: string;
  findings: Finding[];
  filter: FindingFilter;
  onFilter: (f: FindingFilter) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  canReview: boolean;
  newIds: Set<string>;
  onReject: (f: Finding) => void;
  onEditSuggestion: (f: Finding) => void;
};

/** Findings grouped by factor (Methodology item), with the expert's decisions and actions. */
export function FindingList({
  entryId,
  findings,
  filter,
  onFilter,
  selectedId,
  onSelect,
  canReview,
  newIds,
  onReject,
  onEditSuggestion,
}: Props) {
  const { message } = App.useApp();
  const decide = useExpertiseWrite(entryId, ({ id, decision }: { id: string; decision: Decision }) =>
    api.patch<Finding>(`/expertise-findings/${id}`, { decision }),
  );
  const shown = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const groups = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of [...shown].sort((a, b) => a.code.localeCompare(b.code, 'ru') || a.start - b.start))
      m.set(f.code, [...(m.get(f.code) ?? []), f]);
    return [...m.entries()];
  }, [shown]);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selectedId)
      list.current
        ?.querySelector(`[data-id="${selectedId}"]`)
        ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selectedId]);
  const count = (f: FindingFilter) => filterFindings(findings, f).length;
  const act = (f: Finding, decision: Decision) =>
    decide.mutate(
      { id: f.id, decision },
      {
        onSuccess: () =>
          message.success(
            decision === 'confirmed' ? `Фактор ${f.code} подтверждён` : 'Замечание возвращено на рассмотрение',
          ),
        onError: (e) => message.error(errorMessage(e)),
      },
    );

  return (
    <Card size="small" title="Коррупциогенные факторы" data-testid="finding-list" style={{ marginBottom: 16 }}>
      <Flex gap={4} wrap style={{ marginBottom: 12 }} data-testid="finding-filter">
        {filters.map(([value, label]) => (
          <Tag.CheckableTag
            key={value}
            checked={filter === value}
            onChange={() => onFilter(value)}
            style={{ border: '1px solid #d9d9d9', padding: '2px 8px' }}
          >
            {label} ({count(value)})
          </Tag.CheckableTag>
        ))}
      </Flex>
      <div ref={list} style={{ maxHeight: '70vh', overflowY: 'auto', paddingRight: 4 }}>
        {groups.length === 0 && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              findings.length === 0 ? 'Коррупциогенные факторы не выявлены' : 'Нет замечаний с таким решением'
            }
          />
        )}
        {groups.map(([code, items]) => (
          <div key={code} style={{ marginBottom: 12 }}>
            <Typography.Text strong>
              {code} — {items[0].factorTitle} ({items.length})
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {items[0].methodologyRef}
            </Typography.Text>
            {items.map((f) => (
              // biome-ignore lint/a11y/useSemanticElements: the card holds its own buttons, which a <button> may not contain
              <div
                key={f.id}
                data-id={f.id}
                data-testid="finding"
                data-code={f.code}
                data-decision={f.decision}
                onClick={() => onSelect(f.id)}
                onKeyDown={(e) => e.key === 'Enter' && onSelect(f.id)}
                role="button"
                tabIndex={0}
                style={{
                  border: `1px solid ${f.id === selectedId ? '#1677ff' : '#f0f0f0'}`,
                  borderRadius: 6,
                  padding: 8,
                  marginTop: 6,
                  cursor: 'pointer',
                  background: f.id === selectedId ? '#f0f7ff' : undefined,
                }}
              >
                <Flex gap={4} wrap align="center" style={{ marginBottom: 4 }}>
                  <Typography.Text strong>{f.unit}</Typography.Text>
                  <Tag color={decisionTag[f.decision].color} style={{ marginInlineEnd: 0 }}>
                    {f.isHint && f.decision === 'pending' ? 'подсказка' : decisionTag[f.decision].label}
                  </Tag>
                  {f.origin === 'expert' && <Tag color="blue">добавлен экспертом</Tag>}
                  {f.score !== null && (
                    <Tag title="Оценка движка: от 0,5 — утверждение, ниже — подсказка">
                      {f.score.toFixed(2).replace('.', ',')}
                    </Tag>
                  )}
                  {newIds.has(f.id) && <Tag color="green">новое в редакции</Tag>}
                  {f.carriedFromVersion && (
                    <Tag title="Положение не изменилось: решение перенесено">
                      решение из ред. № {f.carriedFromVersion}
                    </Tag>
                  )}
                </Flex>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  «<Typography.Text mark>{f.trigger}</Typography.Text>»
                </Typography.Paragraph>
                <Typography.Paragraph
                  type="secondary"
                  style={{ fontSize: 13, marginBottom: 4 }}
                  ellipsis={{ rows: 3, expandable: true, symbol: 'ещё' }}
                >
                  {f.explanation}
                </Typography.Paragraph>
                <Typography.Paragraph style={{ fontSize: 13, marginBottom: 4 }}>
                  <b>Предложение:</b> {f.expertSuggestion ?? f.suggestion ?? '—'}
                  {f.expertSuggestion && <Typography.Text type="secondary"> (редакция эксперта)</Typography.Text>}
                </Typography.Paragraph>
                {f.decision === 'rejected' && f.decisionComment && (
                  <Typography.Paragraph style={{ fontSize: 13, marginBottom: 4 }}>
                    <b>Причина отклонения:</b> {f.decisionComment}
                  </Typography.Paragraph>
                )}
                {f.decidedAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.decidedByName}, {formatDateTime(f.decidedAt)}
                  </Typography.Text>
                )}
                {canReview && (
                  <Flex gap={6} wrap style={{ marginTop: 6 }} onClick={(e) => e.stopPropagation()}>
                    {f.decision !== 'confirmed' && (
                      <Button
                        size="small"
                        type="primary"
                        danger
                        icon={<CheckOutlined />}
                        loading={decide.isPending}
                        onClick={() => act(f, 'confirmed')}
                        data-testid="finding-confirm"
                      >
                        Подтвердить
                      </Button>
                    )}
                    {f.decision !== 'rejected' && (
                      <Button
                        size="small"
                        icon={<CloseOutlined />}
                        onClick={() => onReject(f)}
                        data-testid="finding-reject"
                      >
                        Отклонить
                      </Button>
                    )}
                    <Tooltip title="Своя редакция предложения по устранению фактора">
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => onEditSuggestion(f)}
                        data-testid="finding-edit"
                      >
                        Предложение
                      </Button>
                    </Tooltip>
                    {f.decision !== 'pending' && (
                      <Button size="small" type="text" icon={<RollbackOutlined />} onClick={() => act(f, 'pending')}>
                        На рассмотрение
                      </Button>
                    )}
                  </Flex>
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
    </Card>
  );
}
