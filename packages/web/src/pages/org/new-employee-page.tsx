import type { EmployeeDetail } from '@antikor/core';
import { App } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../../app/api';
import { PageHeader } from '../../components/page-header';
import { EmployeeForm } from './employee-form';
import { useWrite } from './org-queries';

/** A new employee; after saving, the card opens so relatives can be added. */
export function NewEmployeePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useWrite(
    (input: unknown) => api.post<EmployeeDetail>('/employees', input),
    ['employees', 'subdivisions'],
  );
  return (
    <>
      <PageHeader title="Новый сотрудник" backTo="/org/employees" />
      <EmployeeForm
        submitText="Добавить сотрудника"
        onCancel={() => navigate('/org/employees')}
        onSubmit={async (input) => {
          const created = await create.mutateAsync(input);
          message.success('Сотрудник добавлен');
          navigate(`/org/employees/${created.id}`, { replace: true });
        }}
      />
    </>
  );
}
