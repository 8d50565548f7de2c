/** Precision, recall and F1 of predicted (staff, counterparty) pairs against the ground truth. */

export type Scores = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };

export const pairKey = (staffId: string, counterpartyId: string) => `${staffId}\t${counterpartyId}`;

/** Compares predicted pairs with the truth, optionally restricted to a sample of pairs. */
export function score(predicted: Iterable<string>, truth: ReadonlyMap<string, string> | ReadonlySet<string>): Scores {
  let tp = 0;
  let fp = 0;
  const seen = new Set<string>();
  for (const k of predicted) {
    if (seen.has(k)) continue;
    seen.add(k);
    if (truth.has(k)) tp++;
    else fp++;
  }
  const fn = truth.size - tp;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = truth.size === 0 ? 1 : tp / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Recall per kind of planted link. */
export function recallByKind(
  predicted: ReadonlySet<string>,
  truth: ReadonlyMap<string, string>,
): Map<string, { found: number; total: number }> {
  const out = new Map<string, { found: number; total: number }>();
  for (const [k, kind] of truth) {
    const e = out.get(kind) ?? { found: 0, total: 0 };
    e.total++;
    if (predicted.has(k)) e.found++;
    out.set(kind, e);
  }
  return out;
}
