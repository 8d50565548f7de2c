import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { ExpertiseOverview, ExpertiseStats, FactorInfo, RunDetail } from './expertise-types';

export const useExpertise = (entryId: string) =>
  useQuery({
    queryKey: ['expertise', entryId],
    queryFn: () => api.get<ExpertiseOverview>(`/draft-acts/${entryId}/expertise`),
  });

export const useRun = (runId: string | null) =>
  useQuery({
    queryKey: ['expertise-run', runId],
    queryFn: () => api.get<RunDetail>(`/expertise-runs/${runId}`),
    enabled: !!runId,
  });

export const useFactors = () =>
  useQuery({
    queryKey: ['expertise-factors'],
    queryFn: async () => (await api.get<{ items: FactorInfo[] }>('/expertise/factors')).items,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useExpertiseStats = (year: number) =>
  useQuery({
    queryKey: ['expertise-stats', year],
    queryFn: () => api.get<ExpertiseStats>('/expertise/stats', { year }),
  });

/**
 * A write of the expertise of one draft: afterwards the overview, the versions, the journal entry (its
 * factors fields follow the decisions) and the home page are refreshed.
 */
export function useExpertiseWrite<TInput, TResult>(entryId: string, write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['expertise', entryId] }),
        queryClient.invalidateQueries({ queryKey: ['expertise-run'] }),
        queryClient.invalidateQueries({ queryKey: ['journal-entry', entryId] }),
        queryClient.invalidateQueries({ queryKey: ['journal-entries'] }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
      ]);
    },
  });
}
