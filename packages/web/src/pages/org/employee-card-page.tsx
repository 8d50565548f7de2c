import { EditOutlined } from '@ant-design/icons';
import { type EmployeeDetail, employeeKindLabels } from '@antikor/core';
import { Button, Card, Col, Descriptions, Row, Skeleton, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../app/auth-context';
import { formatDate } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { fullName } from '../../components/person-name';
import { LoadError } from '../../components/query-state';
import { useEmployee } from './org-queries';
import { RelativesTable } from './relatives-table';

const dash = (v: string | null | undefined) => v || '—';

/** An employee's card: person data, employment and relatives. Opening it is audited (152-ФЗ). */
export function EmployeeCardPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const navigate = useNavigate();
  const employee = useEmployee(id);
  const e = employee.data;
  const canManage = can('staff.manage');

  return (
    <>
      <PageHeader
        title={e ? fullName(e.person) : 'Сотрудник'}
        subtitle={e && [e.positionTitle, e.subdivisionName].filter(Boolean).join(' · ')}
        backTo="/org/employees"
        extra={
          canManage &&
          e && (
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(`/org/employees/${id}/edit`)}
              data-testid="employee-edit"
            >
              Изменить
            </Button>
          )
        }
      />
      {employee.isPending && <Skeleton active />}
      {employee.isError && <LoadError error={employee.error} onRetry={() => employee.refetch()} />}
      {e && (
        <>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <PersonCard e={e} />
            </Col>
            <Col xs={24} xl={12}>
              <EmploymentCard e={e} />
            </Col>
          </Row>
          <RelativesTable employeeId={e.id} relatives={e.relatives} canManage={canManage} />
        </>
      )}
    </>
  );
}

function PersonCard({ e }: { e: EmployeeDetail }) {
  const p = e.person;
  return (
    <Card size="small" title="Личные данные" style={{ marginBottom: 16 }} data-testid="employee-person">
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 160 } }}
        items={[
          { label: 'ФИО', children: fullName(p) },
          { label: 'Дата рождения', children: dash(formatDate(p.birthDate)) },
          { label: 'Место рождения', children: dash(p.birthPlace) },
          { label: 'ИНН', children: dash(p.inn) },
          { label: 'СНИЛС', children: dash(p.snils && formatSnils(p.snils)) },
          { label: 'Телефоны', children: dash(p.phones.join(', ')) },
          { label: 'Эл. почта', children: dash(p.emails.join(', ')) },
          { label: 'Адреса', children: p.addresses.length ? p.addresses.map((a) => <div key={a}>{a}</div>) : '—' },
        ]}
      />
    </Card>
  );
}

function EmploymentCard({ e }: { e: EmployeeDetail }) {
  return (
    <Card size="small" title="Работа" style={{ marginBottom: 16 }} data-testid="employee-employment">
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 160 } }}
        items={[
          {
            label: 'Должность',
            children: (
              <>
                {e.positionTitle} {e.isDeclarant && <Tag color="blue">В перечне</Tag>}
              </>
            ),
          },
          { label: 'Подразделение', children: dash(e.subdivisionName) },
          { label: 'Вид работника', children: employeeKindLabels[e.kind] },
          { label: 'Табельный номер', children: dash(e.personnelNumber) },
          { label: 'Дата приёма', children: formatDate(e.hiredAt) },
          {
            label: 'Статус',
            children: e.dismissedAt ? (
              <Tag>Уволен(а) {formatDate(e.dismissedAt)}</Tag>
            ) : (
              <Tag color="green">Работает</Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** 11 digits → «123-456-789 01», the way СНИЛС is printed. */
function formatSnils(s: string): string {
  return /^\d{11}$/.test(s) ? `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 9)} ${s.slice(9)}` : s;
}
