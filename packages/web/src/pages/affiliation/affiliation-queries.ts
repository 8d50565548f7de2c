import type { LinkDecisionInput, Page, RunInput } from '@antikor/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type {
  CandidateCheck,
  CounterpartyItem,
  LastImport,
  LinkCard,
  LinkItem,
  Profile,
  ProfileItem,
  RegisterItem,
  RunSummary,
} from './affiliation-types';

type Query = Record<string, string | number | undefined>;

export function useLinks(query: Query) {
  return useQuery({
    queryKey: ['affiliation', 'links', query],
    queryFn: () => api.get<Page<LinkItem> & { counts: Record<string, number> }>('/affiliation/links', query),
    placeholderData: keepPreviousData,
  });
}

export function useLinkCard(id: string) {
  return useQuery({
    queryKey: ['affiliation', 'link', id],
    queryFn: () => api.get<LinkCard>(`/affiliation/links/${id}`),
  });
}

export function useDecideLink(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: LinkDecisionInput) => api.post<LinkCard>(`/affiliation/links/${id}/decision`, input),
    onSuccess: (card) => {
      qc.setQueryData(['affiliation', 'link', id], card);
      void qc.invalidateQueries({ queryKey: ['affiliation', 'links'] });
      void qc.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

export function useRuns(query: Query) {
  return useQuery({
    queryKey: ['affiliation', 'runs', query],
    queryFn: () => api.get<Page<RunSummary>>('/affiliation/runs', query),
    placeholderData: keepPreviousData,
  });
}

export function useStartRun() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RunInput) => api.post<RunSummary>('/affiliation/runs', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['affiliation'] }),
  });
}

export function useCounterparties(query: Query) {
  return useQuery({
    queryKey: ['affiliation', 'counterparties', query],
    queryFn: () => api.get<Page<CounterpartyItem> & { lastImport: LastImport }>('/affiliation/counterparties', query),
    placeholderData: keepPreviousData,
  });
}

export function useProfiles(query: Query) {
  return useQuery({
    queryKey: ['affiliation', 'profiles', query],
    queryFn: () => api.get<Page<ProfileItem> & { summary: Record<string, number> }>('/affiliation/profiles', query),
    placeholderData: keepPreviousData,
  });
}

export function useProfile(id: string) {
  return useQuery({
    queryKey: ['affiliation', 'profile', id],
    queryFn: () => api.get<Profile>(`/affiliation/profiles/${id}`),
  });
}

export function useRegister(query: Query) {
  return useQuery({
    queryKey: ['affiliation', 'register', query],
    queryFn: () => api.get<Page<RegisterItem> & { lastImport: LastImport }>('/affiliation/loss-of-trust', query),
    placeholderData: keepPreviousData,
  });
}

export function useCandidateChecks(query: Query) {
  return useQuery({
    queryKey: ['affiliation', 'candidates', query],
    queryFn: () => api.get<Page<CandidateCheck>>('/affiliation/candidates', query),
    placeholderData: keepPreviousData,
  });
}
