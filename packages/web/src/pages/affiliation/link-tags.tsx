import type { LinkStatus } from '@antikor/core';
import { linkStatusLabels } from '@antikor/core';
import { Tag, Tooltip } from 'antd';

const statusColor: Record<LinkStatus, string> = {
  new: 'gold',
  needs_check: 'orange',
  confirmed: 'red',
  rejected: 'default',
  referred: 'purple',
};

export function LinkStatusTag({ status }: { status: LinkStatus }) {
  return <Tag color={statusColor[status]}>{linkStatusLabels[status]}</Tag>;
}

/** The engine's score: ≥ 0.5 claims a link (0.5 is the calibrated line between «report» and «don't»). */
export function ScoreTag({ score }: { score: number }) {
  const color = score >= 0.9 ? 'red' : score >= 0.7 ? 'volcano' : 'orange';
  return (
    <Tooltip title="Оценка связи от 0 до 1: от 0,5 — связь заявляется; чем ближе к 1, тем она надёжнее">
      <Tag color={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {score.toFixed(2).replace('.', ',')}
      </Tag>
    </Tooltip>
  );
}

export const basisLabels = { 'same-person': 'то же лицо', 'shared-contact': 'общий контакт' } as const;
