import type { Employee, EmployeeDetail, Page } from '@antikor/core';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { formatDate } from '../../components/dates';
import { fullName } from '../../components/person-name';

type Props = { value?: string | null; onChange?: (id: string | null) => void };

const label = (e: Employee) =>
  `${fullName(e.person)} — ${e.positionTitle}${e.dismissedAt ? ` (уволен(а) ${formatDate(e.dismissedAt)})` : ''}`;

/**
 * Finds the employee an entry is about, as you type. Former employees are included: an employer's
 * message (273-ФЗ ст. 12 ч. 4) is about someone who has left.
 */
export function SubjectPicker({ value, onChange }: Props) {
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q), 300);
    return () => clearTimeout(t);
  }, [q]);

  const found = useQuery({
    queryKey: ['employees', 'journal-subject', debounced],
    queryFn: () => api.get<Page<Employee>>('/employees', { q: debounced || undefined, status: 'all', pageSize: 20 }),
  });
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
      data-testid="entry-employee"
    />
  );
}
