import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type {
  Campaign,
  CampaignListItem,
  DeclarationCard,
  FindingRow,
  Page,
  PersonRow,
  RiskItem,
} from './declaration-types';

export function useCampaigns() {
  return useQuery({
    queryKey: ['declaration-campaigns'],
    queryFn: () =>
      api.get<{ items: CampaignListItem[]; canManage: boolean; defaults: { reportingYear: number; deadline: string } }>(
        '/declaration-campaigns',
      ),
  });
}

export function useCampaign(id: string | undefined) {
  return useQuery({
    queryKey: ['declaration-campaign', id],
    queryFn: () => api.get<Campaign>(`/declaration-campaigns/${id}`),
    enabled: !!id,
  });
}

export type PersonFilters = {
  status?: string;
  role?: string;
  subdivisionId?: string;
  q?: string;
  behindSchedule?: string;
  page: number;
  pageSize: number;
};

export function usePersons(id: string, f: PersonFilters) {
  return useQuery({
    queryKey: ['declaration-persons', id, f],
    queryFn: () => api.get<Page<PersonRow>>(`/declaration-campaigns/${id}/persons`, f),
    placeholderData: (prev) => prev,
  });
}

export type FindingFilters = {
  severity?: string;
  status?: string;
  ruleCode?: string;
  q?: string;
  current?: string;
  page: number;
  pageSize: number;
};

export function useFindings(id: string, f: FindingFilters, enabled = true) {
  return useQuery({
    queryKey: ['declaration-findings', id, f],
    queryFn: () => api.get<Page<FindingRow>>(`/declaration-campaigns/${id}/findings`, f),
    placeholderData: (prev) => prev,
    enabled,
  });
}

export function useRisk(id: string, enabled = true) {
  return useQuery({
    queryKey: ['declaration-risk', id],
    queryFn: () => api.get<{ items: RiskItem[]; sampleSize: number }>(`/declaration-campaigns/${id}/risk`),
    enabled,
  });
}

export function useDeclaration(id: string | undefined) {
  return useQuery({
    queryKey: ['declaration', id],
    queryFn: () => api.get<DeclarationCard>(`/declarations/${id}`),
    enabled: !!id,
  });
}
