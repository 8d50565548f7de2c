import type { EmployeeDetail } from '@antikor/core';
import { App, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { PageHeader } from '../../components/page-header';
import { fullName } from '../../components/person-name';
import { LoadError } from '../../components/query-state';
import { EmployeeForm } from './employee-form';
import { useEmployee, useWrite } from './org-queries';

/** Changes to an employee's person data or employment (dismissal is a date here). */
export function EditEmployeePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const employee = useEmployee(id);
  const update = useWrite(
    (input: unknown) => api.patch<EmployeeDetail>(`/employees/${id}`, input),
    ['employees', 'employee', 'subdivisions'],
  );
  const back = `/org/employees/${id}`;
  return (
    <>
      <PageHeader
        title={employee.data ? fullName(employee.data.person) : 'Сотрудник'}
        subtitle="Изменение данных"
        backTo={back}
      />
      {employee.isPending && <Skeleton active />}
      {employee.isError && <LoadError error={employee.error} onRetry={() => employee.refetch()} />}
      {employee.data && (
        <EmployeeForm
          initial={employee.data}
          submitText="Сохранить"
          onCancel={() => navigate(back)}
          onSubmit={async (input) => {
            await update.mutateAsync(input);
            message.success('Изменения сохранены');
            navigate(back);
          }}
        />
      )}
    </>
  );
}
