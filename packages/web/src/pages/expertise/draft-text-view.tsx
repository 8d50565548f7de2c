import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { type CSSProperties, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, RunDetail } from './expertise-types';
import { offsetOf, segmentText } from './text-segments';

/** Colour of a highlighted span by the expert's decision (a confirmed factor is the strongest signal). */
function markStyle(findings: Finding[], selected: boolean): CSSProperties {
  const has = (p: (f: Finding) => boolean) => findings.some(p);
  const base: CSSProperties = { borderRadius: 2, cursor: 'pointer', padding: '1px 0' };
  const style: CSSProperties = has((f) => f.decision === 'confirmed')
    ? { ...base, background: '#ffccc7', borderBottom: '2px solid #cf1322' }
    : has((f) => f.decision === 'pending' && !f.isHint)
      ? { ...base, background: '#ffe7ba', borderBottom: '2px solid #fa8c16' }
      : has((f) => f.decision === 'pending')
        ? { ...base, background: '#fffbe6', borderBottom: '1px dashed #d4b106' }
        : { ...base, background: '#f0f0f0', borderBottom: '1px solid #bfbfbf' };
  return selected ? { ...style, outline: '2px solid #1677ff', outlineOffset: 1 } : style;
}

type Props = {
  run: RunDetail;
  visible: Finding[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAddFinding?: (span: { start: number; end: number; text: string }) => void;
};

/**
 * The text of the version as examined, with each finding's trigger highlighted by decision and paragraphs
 * rewritten since the previous version shaded green. The expert selects words to add a factor the
 * engine missed.
 */
export function DraftTextView({ run, visible, selectedId, onSelect, onAddFinding }: Props) {
  const byId = useMemo(() => new Map(visible.map((f) => [f.id, f])), [visible]);
  const segments = useMemo(
    () => segmentText(run.text.length, visible, run.changes?.addedParagraphs ?? []),
    [run.text.length, visible, run.changes],
  );
  const box = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<{ start: number; end: number; text: string } | null>(null);

  useEffect(() => {
    if (!selectedId) return;
    box.current
      ?.querySelector(`[data-finding~="${selectedId}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selectedId]);

  const onMouseUp = () => {
    if (!onAddFinding) return;
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !box.current?.contains(sel.anchorNode) || !box.current.contains(sel.focusNode)) {
      setPicked(null);
      return;
    }
    const a = offsetOf(sel.anchorNode, sel.anchorOffset);
    const b = offsetOf(sel.focusNode, sel.focusOffset);
    if (a === null || b === null || a === b) return setPicked(null);
    const [start, end] = a < b ? [a, b] : [b, a];
    setPicked({ start, end, text: run.text.slice(start, end) });
  };

  return (
    <Card
      size="small"
      title={`Текст проекта, редакция № ${run.version}`}
      data-testid="draft-text"
      extra={
        <Flex gap={4} wrap>
          <Tag color="red">подтверждён</Tag>
          <Tag color="orange">не рассмотрен</Tag>
          <Tag color="gold">подсказка</Tag>
          <Tag>отклонён</Tag>
          {run.changes && <Tag color="green">изменено в этой редакции</Tag>}
        </Flex>
      }
      style={{ marginBottom: 16 }}
    >
      {onAddFinding && (
        <Flex gap={8} align="center" style={{ marginBottom: 8, minHeight: 32 }}>
          {picked ? (
            <>
              <Button
                size="small"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => onAddFinding(picked)}
                data-testid="add-finding"
              >
                Добавить фактор
              </Button>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
                «{picked.text}»
              </Typography.Text>
            </>
          ) : (
            <Typography.Text type="secondary">
              Выделите слова проекта, чтобы добавить фактор, пропущенный при проверке.
            </Typography.Text>
          )}
        </Flex>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: reading text; selection ends with the mouse or Shift+arrows (both handled) */}
      <div
        ref={box}
        onMouseUp={onMouseUp}
        onKeyUp={onMouseUp}
        style={{
          whiteSpace: 'pre-wrap',
          fontFamily: '"Times New Roman", serif',
          fontSize: 15,
          lineHeight: 1.6,
          maxHeight: '70vh',
          overflowY: 'auto',
          paddingRight: 8,
        }}
      >
        {segments.map((s) => {
          const text = run.text.slice(s.start, s.end);
          const changed: CSSProperties | undefined = s.isChanged
            ? { background: '#f6ffed', boxShadow: 'inset 3px 0 0 #52c41a' }
            : undefined;
          if (!s.ids.length)
            return (
              <span key={s.start} data-start={s.start} style={changed}>
                {text}
              </span>
            );
          const fs = s.ids.map((id) => byId.get(id)).filter((f): f is Finding => !!f);
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the finding list beside the text gives keyboard access to the same selection
            <mark
              key={s.start}
              data-start={s.start}
              data-finding={s.ids.join(' ')}
              title={fs.map((f) => `${f.code} — ${f.factorTitle}`).join('\n')}
              style={{ ...changed, ...markStyle(fs, !!selectedId && s.ids.includes(selectedId)), color: 'inherit' }}
              onClick={() => {
                const i = selectedId ? s.ids.indexOf(selectedId) : -1;
                onSelect(s.ids[(i + 1) % s.ids.length]);
              }}
            >
              {text}
            </mark>
          );
        })}
      </div>
    </Card>
  );
}
