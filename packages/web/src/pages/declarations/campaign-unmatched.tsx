import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, errorMessage } from '../../app/api';
import { formatDate } from '../../components/dates';
import { EmployeePicker } from '../../components/employee-picker';
import { type Campaign, matchLabels, personName, type Role, roleLabels } from './declaration-types';

type Row = {
  id: string;
  familyKey: string;
  role: Role;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  birthDate: string | null;
  matchStatus: string;
  matchNotes: string[];
  receivedOn: string;
};

/** Forms whose person was not found in HR data: the officer links the family to an employee or checks the anketa. */
export function CampaignUnmatched({ campaign }: { campaign: Campaign }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const rows = useQuery({
    queryKey: ['declaration-unmatched', campaign.id],
    queryFn: () => api.get<{ items: Row[] }>(`/declaration-campaigns/${campaign.id}/unmatched`),
  });
  const [assigning, setAssigning] = useState<Row | null>(null);
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: () => api.post(`/declarations/${assigning?.id}/assign`, { employeeId }),
    onSuccess: () => {
      setAssigning(null);
      qc.invalidateQueries({ queryKey: ['declaration-unmatched', campaign.id] });
      qc.invalidateQueries({ queryKey: ['declaration-campaign', campaign.id] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <>
      <Typography.Paragraph type="secondary">
        Справки, лицо которых не найдено среди обязанных лиц кампании (по ФИО и дате рождения). Декларанта можно
        сопоставить с сотрудником вручную — справки его семьи сопоставятся вместе с ним; члена семьи, которого нет в
        анкете, стоит внести в кадровые данные.
      </Typography.Paragraph>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={rows.isFetching}
        dataSource={rows.data?.items}
        pagination={false}
        locale={{ emptyText: 'Все справки сопоставлены с кадровыми данными.' }}
        columns={[
          { title: 'Лицо', render: (_, r) => <Link to={`/declarations/declaration/${r.id}`}>{personName(r)}</Link> },
          { title: 'Справка', width: 200, render: (_, r) => roleLabels[r.role] },
          { title: 'Дата рождения', width: 120, render: (_, r) => formatDate(r.birthDate) },
          {
            title: 'Причина',
            render: (_, r) => (
              <>
                <Tag color={matchLabels[r.matchStatus]?.color}>{matchLabels[r.matchStatus]?.label}</Tag>
                {r.matchNotes.join('; ')}
              </>
            ),
          },
          {
            title: '',
            width: 130,
            render: (_, r) =>
              r.role === 'self' && (
                <Button
                  size="small"
                  onClick={() => {
                    setAssigning(r);
                    setEmployeeId(null);
                  }}
                >
                  Сопоставить
                </Button>
              ),
          },
        ]}
      />
      <Modal
        title={assigning ? `Сопоставить: ${personName(assigning)}` : ''}
        open={!!assigning}
        onCancel={() => setAssigning(null)}
        okText="Сопоставить"
        okButtonProps={{ disabled: !employeeId }}
        confirmLoading={assign.isPending}
        onOk={() => assign.mutate()}
      >
        <EmployeePicker value={employeeId} onChange={setEmployeeId} includeFormer />
      </Modal>
    </>
  );
}
