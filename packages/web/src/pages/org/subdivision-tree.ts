import type { Subdivision } from '@antikor/core';

export type SubdivisionRow = Subdivision & { children?: SubdivisionRow[] };

/** Nests subdivisions under their parents for a tree table; leaves have no `children` key at all. */
export function nestSubdivisions(items: Subdivision[]): SubdivisionRow[] {
  const rows = new Map<string, SubdivisionRow>(items.map((s) => [s.id, { ...s }]));
  const roots: SubdivisionRow[] = [];
  for (const row of rows.values()) {
    const parent = row.parentId ? rows.get(row.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  const sort = (list: SubdivisionRow[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
    for (const r of list) if (r.children) sort(r.children);
  };
  sort(roots);
  return roots;
}

export type SubdivisionOption = { value: string; title: string; children: SubdivisionOption[] };

/** Options for a subdivision picker (TreeSelect), optionally without one subtree (a node cannot be its own parent). */
export function subdivisionOptions(items: Subdivision[], exclude?: string): SubdivisionOption[] {
  const toOption = (row: SubdivisionRow): SubdivisionOption => ({
    value: row.id,
    title: row.isActive ? row.name : `${row.name} (упразднено)`,
    children: (row.children ?? []).filter((c) => c.id !== exclude).map(toOption),
  });
  return nestSubdivisions(items)
    .filter((r) => r.id !== exclude)
    .map(toOption);
}
