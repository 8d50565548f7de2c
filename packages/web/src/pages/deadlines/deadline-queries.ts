import type { Page } from '@antikor/core';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { DeadlineItem, DeadlineState } from '../journals/journal-types';

export type DeadlineFilters = { state: DeadlineState; journal?: string; mine?: 'true'; page: number; pageSize: number };

export const deadlineStates: DeadlineState[] = ['overdue', 'soon', 'open', 'late'];

/** One page of the «Сроки» view. */
export function useDeadlines(f: DeadlineFilters) {
  return useQuery({
    queryKey: ['deadlines', f],
    queryFn: () => api.get<Page<DeadlineItem>>('/deadlines', f),
    placeholderData: keepPreviousData,
  });
}

/** How many deadlines each tab holds, for the tab labels (one-row pages: only `total` is read). */
export function useDeadlineCounts(f: Omit<DeadlineFilters, 'state' | 'page' | 'pageSize'>) {
  const results = useQueries({
    queries: deadlineStates.map((state) => ({
      queryKey: ['deadlines', { ...f, state, page: 1, pageSize: 1 }],
      queryFn: () => api.get<Page<DeadlineItem>>('/deadlines', { ...f, state, page: 1, pageSize: 1 }),
    })),
  });
  return Object.fromEntries(deadlineStates.map((s, i) => [s, results[i].data?.total])) as Record<
    DeadlineState,
    number | undefined
  >;
}
