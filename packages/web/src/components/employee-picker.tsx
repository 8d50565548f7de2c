import type { Employee, EmployeeDetail, Page } from '@antikor/core';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../app/api';
import { formatDate } from './dates';
import { fullName } from './person-name';

type Props = {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /**
   * Include former employees: an employer's message (273-ФЗ ст. 12 ч. 4) is about someone who has left.
   */
  includeFormer?: boolean;
  testId?: string;
};

const label = (e: Employee) =>
  `${fullName(e.person)} — ${e.positionTitle}${e.dismissedAt ? ` (уволен(а) ${formatDate(e.dismissedAt)})` : ''}`;

/** Finds an employee by name as you type (server-side search); for use inside a Form.Item or alone. */
export function EmployeePicker({ value, onChange, includeFormer = false, testId }: Props) {
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q), 300);
    return () => clearTimeout(t);
  }, [q]);

  const found = useQuery({
    queryKey: ['employees', 'picker', includeFormer, debounced],
    queryFn: () =>
      api.get<Page<Employee>>('/employees', {
        q: debounced || undefined,
        status: includeFormer ? 'all' : undefined,
        pageSize: 20,
      }),
  });
  // The currently chosen employee may not be on the first page of results.
  const current = useQuery({
    queryKey: ['employee', value],
    queryFn: () => api.get<EmployeeDetail>(`/employees/${value}`),
    enabled: !!value && !found.data?.items.some((e) => e.id === value),
  });

  const options = [...(found.data?.items ?? []), ...(current.data ? [current.data] : [])]
    .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
    .map((e) => ({ value: e.id, label: label(e) }));

  return (
    <Select
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      options={options}
      loading={found.isFetching}
      placeholder="Начните вводить фамилию"
      notFoundContent={found.isFetching ? 'Поиск…' : 'Никого не найдено'}
      data-testid={testId}
    />
  );
}
