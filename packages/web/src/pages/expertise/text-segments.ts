/**
 * Splits a draft's text into runs of characters covered by the same findings (findings may overlap: one
 * sentence can carry several factors) and marked, or not, as changed since the previous version.
 */
export type Span = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; ids: string[]; isChanged: boolean };

export function segmentText(
  length: number,
  spans: readonly Span[],
  changed: readonly { start: number; end: number }[] = [],
): Segment[] {
  const cuts = new Set<number>([0, length]);
  const clamp = (x: number) => Math.max(0, Math.min(length, x));
  for (const s of [...spans, ...changed]) {
    cuts.add(clamp(s.start));
    cuts.add(clamp(s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const ids = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const isChanged = changed.some((c) => c.start <= start && c.end >= end);
    const prev = out[out.length - 1];
    if (prev && prev.isChanged === isChanged && prev.ids.join() === ids.join()) prev.end = end;
    else out.push({ start, end, ids, isChanged });
  }
  return out;
}

/** The offset in the text of a point in the rendered view: each segment element carries `data-start`. */
export function offsetOf(node: Node | null, offsetInNode: number): number | null {
  const el = node?.nodeType === 3 ? node.parentElement : (node as Element | null);
  const seg = el?.closest<HTMLElement>('[data-start]');
  if (!seg) return null;
  const base = Number(seg.dataset.start);
  return node?.nodeType === 3 ? base + offsetInNode : base;
}
