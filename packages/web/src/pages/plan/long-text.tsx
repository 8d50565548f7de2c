import { Typography } from 'antd';
import type { CSSProperties } from 'react';

/** A long plan text clamped to a few lines, expandable in place («ещё» / «свернуть»). */
export function LongText({
  text,
  rows = 3,
  secondary,
  style,
}: {
  text: string;
  rows?: number;
  secondary?: boolean;
  style?: CSSProperties;
}) {
  return (
    <Typography.Paragraph
      type={secondary ? 'secondary' : undefined}
      style={{ marginBottom: 0, whiteSpace: 'pre-line', ...style }}
      ellipsis={{
        rows,
        expandable: 'collapsible',
        symbol: (expanded) => (expanded ? 'свернуть' : 'ещё'),
        tooltip: false,
      }}
    >
      {text}
    </Typography.Paragraph>
  );
}
