import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { inLawRelations, type Relative, relationLabels } from '@antikor/core';
import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { formatDate } from '../../components/dates';
import { fullName } from '../../components/person-name';
import { useWrite } from './org-queries';
import { RelativeFormModal } from './relative-form-modal';

type Editing = { open: false } | { open: true; initial?: Relative };

/** Relatives and in-laws of one employee, with add, edit and delete. */
export function RelativesTable({
  employeeId,
  relatives,
  canManage,
}: {
  employeeId: string;
  relatives: Relative[];
  canManage: boolean;
}) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Editing>({ open: false });
  const remove = useWrite((id: string) => api.delete(`/relatives/${id}`), ['employee', 'employees']);

  return (
    <Card
      size="small"
      title="Родственники и свойственники"
      extra={
        canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ open: true })} data-testid="relative-add">
            Добавить
          </Button>
        )
      }
    >
      <Table<Relative>
        rowKey="id"
        size="small"
        dataSource={relatives}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: 'Сведения о родственниках не внесены' }}
        data-testid="relatives-table"
        columns={[
          {
            title: 'Степень родства',
            dataIndex: 'relation',
            width: 180,
            render: (r: Relative['relation']) => (
              <>
                {relationLabels[r]} {inLawRelations.includes(r) && <Tag>свойство</Tag>}
              </>
            ),
          },
          {
            title: 'ФИО',
            render: (_, row) => (
              <>
                {fullName(row.person)}
                {row.formerNames && <div style={{ color: '#888', fontSize: 12 }}>прежде: {row.formerNames}</div>}
              </>
            ),
          },
          { title: 'Дата рождения', width: 120, render: (_, row) => formatDate(row.person.birthDate) },
          {
            title: 'Место работы, должность',
            render: (_, row) => [row.workplace, row.workPosition].filter(Boolean).join(', '),
          },
          {
            title: 'За границей',
            dataIndex: 'livesAbroad',
            width: 110,
            render: (abroad: boolean) => (abroad ? <Tag color="orange">Да</Tag> : null),
          },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, row: Relative) => (
                    <>
                      <Button
                        type="text"
                        icon={<EditOutlined />}
                        aria-label="Изменить"
                        onClick={() => setEditing({ open: true, initial: row })}
                      />
                      <Popconfirm
                        title="Удалить сведения о родственнике?"
                        okText="Удалить"
                        cancelText="Отмена"
                        okButtonProps={{ danger: true }}
                        onConfirm={async () => {
                          try {
                            await remove.mutateAsync(row.id);
                            message.success('Сведения удалены');
                          } catch (e) {
                            message.error(errorMessage(e));
                          }
                        }}
                      >
                        <Button type="text" danger icon={<DeleteOutlined />} aria-label="Удалить" />
                      </Popconfirm>
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      <RelativeFormModal
        open={editing.open}
        employeeId={employeeId}
        initial={editing.open ? editing.initial : undefined}
        onClose={(saved) => {
          if (saved) message.success(editing.open && editing.initial ? 'Изменения сохранены' : 'Родственник добавлен');
          setEditing({ open: false });
        }}
      />
    </Card>
  );
}
