import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { buildOrgTree } from './org-tree';
import { useOrganisations } from './org-queries';

/** The organisation a registry page shows, kept in the address (`?orgId=`) so links and Back keep it. */
export function useOrgParam(): [string | undefined, (orgId: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? undefined;
  const set = (next: string | undefined) =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (next) copy.set('orgId', next);
        else copy.delete('orgId');
        copy.delete('page');
        return copy;
      },
      { replace: true },
    );
  return [orgId, set];
}

/** Picks one organisation of the user's tree; hidden when the user sees only one. */
export function OrgSelect({ value, onChange }: { value?: string; onChange: (orgId: string | undefined) => void }) {
  const orgs = useOrganisations();
  const tree = useMemo(() => buildOrgTree(orgs.data ?? []), [orgs.data]);
  if (!orgs.data || orgs.data.length < 2) return null;
  return (
    <TreeSelect
      treeData={tree}
      value={value ?? tree[0]?.value}
      onChange={(v) => onChange(v === tree[0]?.value ? undefined : v)}
      treeDefaultExpandAll
      style={{ width: 320 }}
      popupMatchSelectWidth={false}
      aria-label="Организация"
      data-testid="org-select"
    />
  );
}
