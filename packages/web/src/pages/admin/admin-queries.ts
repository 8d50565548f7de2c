import type { AuditRecord, Page, User } from '@antikor/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

/** Users of the administrator's organisation. */
export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => (await api.get<{ items: User[] }>('/users')).items,
  });
}

export type AuditFilters = {
  type?: string;
  from?: string;
  to?: string;
  entityId?: string;
  actorId?: string;
  page: number;
  pageSize: number;
};

/** One page of the audit log, newest first. */
export function useAudit(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: () => api.get<Page<AuditRecord>>('/audit', filters),
    placeholderData: keepPreviousData,
  });
}

export type AuditVerification = {
  ok: boolean;
  checked: number;
  firstBroken?: { id: number; at: string; reason: string };
};
