import { type IndicatorValue, indicatorByKey, type NarrativePart, renderNarrativeParts } from '@antikor/core';
import { Tooltip, Typography } from 'antd';

/** Stable keys for the parts: their position in the rendered text. */
function withKeys(parts: NarrativePart[]): { key: string; part: NarrativePart }[] {
  let offset = 0;
  return parts.map((part) => {
    const key = `${part.kind}-${offset}`;
    offset += part.text.length + 1;
    return { key, part };
  });
}

/**
 * The execution text as the annual report prints it: every `{{indicator}}` replaced by its current value
 * and highlighted, so the writer sees which figures come from the data (and which have none yet).
 */
export function NarrativePreview({ text, values }: { text: string; values: Record<string, IndicatorValue> }) {
  if (!text.trim()) return <Typography.Text type="secondary">Текст отчёта пока не написан.</Typography.Text>;
  return (
    <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }} data-testid="report-preview">
      {withKeys(renderNarrativeParts(text, values)).map(({ key: i, part: p }) => {
        if (p.kind === 'text') return <span key={i}>{p.text}</span>;
        const def = indicatorByKey.get(p.key);
        return (
          <Tooltip
            key={i}
            title={
              def ? (
                <>
                  <div>{def.title}</div>
                  <div style={{ opacity: 0.75 }}>
                    {`{{${p.key}}}`} · {def.source === 'manual' ? 'введено вручную' : 'вычислено по данным'}
                  </div>
                  {p.missing && <div>Значения за год нет: показатель не заполнен.</div>}
                </>
              ) : (
                `Неизвестный показатель {{${p.key}}}: сохранить такой текст нельзя`
              )
            }
          >
            <mark
              data-testid="preview-indicator"
              data-key={p.key}
              style={{
                background: p.missing ? '#fff1f0' : '#e6f4ff',
                border: `1px solid ${p.missing ? '#ffa39e' : '#91caff'}`,
                borderRadius: 4,
                padding: '0 3px',
                cursor: 'help',
              }}
            >
              {p.missing && def ? `${p.text} (нет данных)` : p.text}
            </mark>
          </Tooltip>
        );
      })}
    </div>
  );
}
