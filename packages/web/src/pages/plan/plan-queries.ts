import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { ControlDate, Execution, Indicators, ManualFigure, Plan, PlanDetail } from './plan-types';

/** Plans the user may open: of their organisation tree, or naming one of their units as executor. */
export function usePlans() {
  return useQuery({
    queryKey: ['plans'],
    queryFn: () => api.get<{ items: Plan[]; canManage: boolean }>('/plans'),
  });
}

/** A plan with its sections, measures, term rules and responsible units. */
export function usePlan(id: string) {
  return useQuery({ queryKey: ['plan', id], queryFn: () => api.get<PlanDetail>(`/plans/${id}`) });
}

export function useControlDates(planId: string, year: number, unitId?: string) {
  return useQuery({
    queryKey: ['plan', planId, 'control-dates', year, unitId ?? 'all'],
    queryFn: () =>
      api.get<{ year: number; today: string; items: ControlDate[] }>(`/plans/${planId}/control-dates`, {
        year,
        unitId,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useExecution(planId: string, year: number, quarter: number) {
  return useQuery({
    queryKey: ['plan', planId, 'execution', year, quarter],
    queryFn: () => api.get<Execution>(`/plans/${planId}/execution`, { year, quarter }),
    placeholderData: keepPreviousData,
  });
}

/** The year's indicators (computed and entered by hand) with their current values. */
export function useIndicators(year: number, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['indicators', year],
    queryFn: () => api.get<Indicators>(`/indicators/${year}`),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
}

export function useManualFigures(year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['manual-figures', year],
    queryFn: async () => (await api.get<{ items: ManualFigure[] }>(`/manual-figures/${year}`)).items,
    enabled,
  });
}

/** A write to plans or reports; refreshes everything the plan pages show (lists, statuses, figures). */
export function usePlanWrite<TInput, TResult>(write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await Promise.all(
        ['plans', 'plan', 'indicators', 'manual-figures'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })),
      );
    },
  });
}
