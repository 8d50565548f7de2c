import type { Page } from '@antikor/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { CaseDetail, CaseListItem, Composition, Meeting, MeetingListItem } from './commission-types';

export type CaseFilters = {
  q?: string;
  status?: string;
  ground?: string;
  year?: number;
  page: number;
  pageSize: number;
};

export function useCases(filters: CaseFilters) {
  return useQuery({
    queryKey: ['commission', 'cases', filters],
    queryFn: () => api.get<Page<CaseListItem>>('/commission/cases', filters),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: ['commission', 'case', id],
    queryFn: () => api.get<CaseDetail>(`/commission/cases/${id}`),
  });
}

export function useMeetings(filters: { year?: number; status?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['commission', 'meetings', filters],
    queryFn: () => api.get<Page<MeetingListItem>>('/commission/meetings', filters),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: ['commission', 'meeting', id],
    queryFn: () => api.get<Meeting>(`/commission/meetings/${id}`),
  });
}

export function useCompositions() {
  return useQuery({
    queryKey: ['commission', 'compositions'],
    queryFn: async () => (await api.get<{ items: Composition[] }>('/commission/compositions')).items,
  });
}

/** A write to the commission's data: every commission query (and the home page) is refreshed after it. */
export function useCommissionWrite<TInput, TResult>(write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['commission'] }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
      ]);
    },
  });
}
