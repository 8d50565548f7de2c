import type { Organisation } from '@antikor/core';

export type OrgNode = { key: string; value: string; title: string; children: OrgNode[]; org: Organisation };

/**
 * Builds the organisation tree from the flat list the API returns. An organisation whose parent is
 * not in the list (the user's own, or a parent outside their reach) becomes a root.
 */
export function buildOrgTree(items: Organisation[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const org of items) {
    nodes.set(org.id, { key: org.id, value: org.id, title: org.shortName || org.name, children: [], org });
  }
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId ? nodes.get(node.org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => a.title.localeCompare(b.title, 'ru'));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
