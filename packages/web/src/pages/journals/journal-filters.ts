import { useSearchParams } from 'react-router-dom';
import type { EntryFilters, EntrySort } from './journal-types';

const sorts: readonly EntrySort[] = ['number', '-number', 'registeredOn', '-registeredOn', 'status'];

/**
 * A journal list's filters live in the address, so a filtered journal can be bookmarked, shared and
 * returned to with Back from an entry card.
 */
export function useEntryFilters(): [EntryFilters, (patch: Partial<EntryFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: EntryFilters = {
    q: params.get('q') ?? undefined,
    status: params.get('status') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    year: Number(params.get('year')) || undefined,
    employeeId: params.get('employeeId') ?? undefined,
    subdivisionId: params.get('subdivisionId') ?? undefined,
    sort: sorts.find((s) => s === params.get('sort')) ?? '-number',
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 50,
  };
  const update = (patch: Partial<EntryFilters>) =>
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

/** True when any filter narrows the list (the empty state then says «nothing found», not «no entries»). */
export function isFiltered(f: EntryFilters): boolean {
  return !!(f.q || f.status || f.from || f.to || f.year || f.employeeId || f.subdivisionId);
}

/** The filters without paging: for the Excel export and the Word print of the same selection. */
export function exportQuery(f: EntryFilters): Record<string, string | number | undefined> {
  const { page: _page, pageSize: _pageSize, ...rest } = f;
  return rest;
}
