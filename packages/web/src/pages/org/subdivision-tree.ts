import type { Organisation, Subdivision } from '@antikor/core';

export type SubdivisionRow = Subdivision & { children?: SubdivisionRow[] };

/** Nests subdivisions under their parents for a tree table; leaves have no `children` key at all. */
export function nestSubdivisions(items: Subdivision[]): SubdivisionRow[] {
  const rows = new Map<string, SubdivisionRow>(items.map((s) => [s.id, { ...s }]));
  const roots: SubdivisionRow[] = [];
  for (const row of rows.values()) {
    const parent = row.parentId ? rows.get(row.parentId) : undefined;
    if (parent) {
      parent.children = parent.children ?? [];
      parent.children.push(row);
    } else roots.push(row);
  }
  const sort = (list: SubdivisionRow[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
    for (const r of list) if (r.children) sort(r.children);
  };
  sort(roots);
  return roots;
}

export type SubdivisionOption = { value: string; title: string; selectable?: boolean; children: SubdivisionOption[] };

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

/**
 * Subdivisions of several organisations, grouped under each organisation's name (the organisation
 * itself cannot be picked). With one organisation the grouping is left out.
 */
export function subdivisionOptionsByOrg(items: Subdivision[], orgs: Organisation[]): SubdivisionOption[] {
  const orgIds = [...new Set(items.map((s) => s.orgId))];
  if (orgIds.length < 2) return subdivisionOptions(items);
  const name = new Map(orgs.map((o) => [o.id, o.shortName || o.name]));
  return orgIds
    .map((orgId) => ({
      value: `org:${orgId}`,
      title: name.get(orgId) ?? 'Организация',
      selectable: false,
      children: subdivisionOptions(items.filter((s) => s.orgId === orgId)),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'ru'));
}
