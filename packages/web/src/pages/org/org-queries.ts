import type { Employee, EmployeeDetail, Organisation, Page, Position, Subdivision } from '@antikor/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';

/** Organisations the user sees: their own and its descendants. */
export function useOrganisations() {
  return useQuery({
    queryKey: ['orgs'],
    queryFn: async () => (await api.get<{ items: Organisation[] }>('/orgs')).items,
  });
}

/** Subdivisions of one organisation (the user's when orgId is undefined). */
export function useSubdivisions(orgId?: string) {
  return useQuery({
    queryKey: ['subdivisions', orgId ?? 'own'],
    queryFn: async () => (await api.get<{ items: Subdivision[] }>('/subdivisions', { orgId })).items,
  });
}

/** Positions of one organisation, optionally of one subdivision. */
export function usePositions(orgId?: string, subdivisionId?: string) {
  return useQuery({
    queryKey: ['positions', orgId ?? 'own', subdivisionId ?? 'all'],
    queryFn: async () => (await api.get<{ items: Position[] }>('/positions', { orgId, subdivisionId })).items,
  });
}

export type EmployeeFilters = {
  q?: string;
  subdivisionId?: string;
  kind?: string;
  isDeclarant?: 'true' | 'false';
  status?: 'active' | 'dismissed' | 'all';
  sort?: 'name' | '-name' | 'hiredAt' | '-hiredAt' | 'subdivision';
  page?: number;
  pageSize?: number;
  orgId?: string;
};

/** One page of employees; keeps the previous page on screen while the next one loads. */
export function useEmployees(filters: EmployeeFilters) {
  return useQuery({
    queryKey: ['employees', filters],
    queryFn: () => api.get<Page<Employee>>('/employees', filters),
    placeholderData: keepPreviousData,
  });
}

/** The employee card with relatives. */
export function useEmployee(id: string) {
  return useQuery({
    queryKey: ['employee', id],
    queryFn: () => api.get<EmployeeDetail>(`/employees/${id}`),
  });
}

/**
 * A write that refreshes the lists it touches. `prefixes` are the query keys to invalidate
 * (e.g. ['subdivisions'] also refreshes every organisation's list).
 */
export function useWrite<TInput, TResult>(write: (input: TInput) => Promise<TResult>, prefixes: string[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await Promise.all(prefixes.map((p) => queryClient.invalidateQueries({ queryKey: [p] })));
    },
  });
}
