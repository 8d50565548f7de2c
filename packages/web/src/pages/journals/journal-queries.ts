import type { AuditRecord, Page } from '@antikor/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { EntryDetail, EntryFilters, JournalEntry, JournalInfo } from './journal-types';

/** The journals the user may open (the server decides; the menu only mirrors it). */
export function useJournals() {
  return useQuery({
    queryKey: ['journals'],
    queryFn: async () => (await api.get<{ items: JournalInfo[] }>('/journals')).items,
    staleTime: 5 * 60_000,
  });
}

/** One journal of {@link useJournals}: `journal` is undefined while loading or when it is not open to the user. */
export function useJournal(code: string) {
  const journals = useJournals();
  return { ...journals, journal: journals.data?.find((j) => j.code === code) };
}

/** One page of a journal's entries; keeps the previous page on screen while the next one loads. */
export function useEntries(code: string, filters: EntryFilters, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['journal-entries', code, filters],
    queryFn: () => api.get<Page<JournalEntry>>(`/journals/${code}/entries`, filters),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
}

/** An entry with its actions, attachments and comments. */
export function useEntry(id: string) {
  return useQuery({
    queryKey: ['journal-entry', id],
    queryFn: () => api.get<EntryDetail>(`/journal-entries/${id}`),
  });
}

/** The entry's history from the audit log. */
export function useEntryHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['journal-entry', id, 'history'],
    queryFn: () => api.get<Page<AuditRecord>>(`/journal-entries/${id}/history`),
    enabled,
  });
}

/**
 * A write to one entry (`id` null for a registration): the card is replaced by the answer when the server returns the entry, and the
 * lists, deadlines and history that may show it are refreshed.
 */
export function useEntryWrite<TInput, TResult>(id: string | null, write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (result) => {
      if (id && result && typeof result === 'object' && 'actions' in result)
        queryClient.setQueryData(['journal-entry', id], result);
      await Promise.all([
        id ? queryClient.invalidateQueries({ queryKey: ['journal-entry', id] }) : undefined,
        queryClient.invalidateQueries({ queryKey: ['journal-entries'] }),
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
      ]);
    },
  });
}
