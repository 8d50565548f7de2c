import { useSearchParams } from 'react-router-dom';
import type { EmployeeFilters } from './org-queries';

const statuses = ['active', 'dismissed', 'all'] as const;
const sorts = ['name', '-name', 'hiredAt', '-hiredAt', 'subdivision'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/**
 * The employee list's filters live in the address, so a filtered list can be bookmarked, shared and
 * returned to with Back from an employee card.
 */
export function useEmployeeFilters(): [EmployeeFilters, (patch: Partial<EmployeeFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: EmployeeFilters = {
    q: params.get('q') ?? undefined,
    subdivisionId: params.get('subdivisionId') ?? undefined,
    kind: params.get('kind') ?? undefined,
    isDeclarant: oneOf(['true', 'false'], params.get('isDeclarant')),
    status: oneOf(statuses, params.get('status')) ?? 'active',
    sort: oneOf(sorts, params.get('sort')) ?? 'name',
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 50,
    orgId: params.get('orgId') ?? undefined,
  };
  const update = (patch: Partial<EmployeeFilters>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === '' || value === null) next.delete(key);
          else next.set(key, String(value));
        }
        // A new filter starts from the first page.
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  return [filters, update];
}

/** The filters as query parameters for the API (list and Excel export take the same ones). */
export function filterQuery(filters: EmployeeFilters): Record<string, string | number | undefined> {
  return { ...filters };
}
