import type { Employee, EmployeeDetail, Page } from '@antikor/core';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { fullName } from '../../components/person-name';

type Props = { value?: string | null; onChange?: (id: string | null) => void };

/** Finds an employee by name as you type (server-side search); for use inside a Form.Item. */
export function EmployeePicker({ value, onChange }: Props) {
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q), 300);
    return () => clearTimeout(t);
  }, [q]);

  const found = useQuery({
    queryKey: ['employees', 'picker', debounced],
    queryFn: () => api.get<Page<Employee>>('/employees', { q: debounced || undefined, pageSize: 20 }),
  });
  // The currently linked employee may not be on the first page of results.
  const current = useQuery({
    queryKey: ['employee', value],
    queryFn: () => api.get<EmployeeDetail>(`/employees/${value}`),
    enabled: !!value && !found.data?.items.some((e) => e.id === value),
  });

  const options = [...(found.data?.items ?? []), ...(current.data ? [current.data] : [])]
    .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
    .map((e) => ({ value: e.id, label: `${fullName(e.person)} — ${e.positionTitle}` }));

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
    />
  );
}
