import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useUser } from '../../app/auth-context';
import { useOrganisations } from './org-queries';
import { buildOrgTree } from './org-tree';

/**
 * The organisation a registry page shows, kept in the address (`?orgId=`) so links and Back keep it.
 * Without the parameter the page shows the user's own organisation.
 */
export function useOrgParam(): [string, (orgId: string | undefined) => void] {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? user.orgId;
  const set = (next: string | undefined) =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (next && next !== user.orgId) copy.set('orgId', next);
        else copy.delete('orgId');
        copy.delete('page');
        copy.delete('subdivisionId');
        return copy;
      },
      { replace: true },
    );
  return [orgId, set];
}

type Props = {
  value?: string;
  onChange: (orgId: string | undefined) => void;
  /** Offer «Все организации» (an empty value) — for lists that can span the whole tree. */
  allowAll?: boolean;
  /** Pixels; omit to fill the container (inside forms). */
  width?: number | '100%';
};

/** Picks one organisation of the user's tree; hidden when the user sees only one. */
export function OrgSelect({ value, onChange, allowAll, width = 300 }: Props) {
  const orgs = useOrganisations();
  const tree = useMemo(() => buildOrgTree(orgs.data ?? []), [orgs.data]);
  if (!orgs.data || orgs.data.length < 2) return null;
  return (
    <TreeSelect
      treeData={tree}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      allowClear={allowAll}
      placeholder={allowAll ? 'Все организации' : 'Организация'}
      treeDefaultExpandAll
      style={{ width }}
      popupMatchSelectWidth={false}
      aria-label="Организация"
      data-testid="org-select"
    />
  );
}
