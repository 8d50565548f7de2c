import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Input, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { datePickerFormat, toIsoDate } from '../../components/dates';
import type { Campaign } from './declaration-types';

type Item = { subdivisionId: string; dueDate: string | null; place: string | null };

/** График представления справок: a date per subdivision, not later than the deadline. */
export function CampaignSchedule({ campaign }: { campaign: Campaign }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const subs = campaign.summary.bySubdivision.filter((s) => s.subdivisionId);
  const [items, setItems] = useState<Record<string, Item>>(() =>
    Object.fromEntries(
      subs.map((s) => {
        const found = campaign.schedule.find((x) => x.subdivisionId === s.subdivisionId);
        return [
          s.subdivisionId as string,
          { subdivisionId: s.subdivisionId as string, dueDate: found?.dueDate ?? null, place: found?.place ?? null },
        ];
      }),
    ),
  );
  const save = useMutation({
    mutationFn: () =>
      api.put(`/declaration-campaigns/${campaign.id}/schedule`, {
        items: Object.values(items).filter((i) => i.dueDate),
      }),
    onSuccess: () => {
      message.success('График сохранён');
      qc.invalidateQueries({ queryKey: ['declaration-campaign', campaign.id] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const set = (id: string, patch: Partial<Item>) => setItems((prev) => ({ ...prev, [id]: { ...prev[id], ...patch } }));
  return (
    <>
      <Typography.Paragraph type="secondary">
        Даты, к которым подразделения сдают справки, — не позже срока представления (
        {campaign.deadline.split('-').reverse().join('.')}). Отстающие от графика подразделения появятся на главной
        странице.
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey={(r) => r.subdivisionId as string}
        pagination={false}
        dataSource={subs}
        columns={[
          { title: 'Подразделение', render: (_, r) => r.subdivisionName },
          { title: 'Организация', dataIndex: 'orgName', width: 200 },
          { title: 'Справок', width: 90, render: (_, r) => r.counts.due + r.familyCounts.due },
          {
            title: 'Дата по графику',
            width: 170,
            render: (_, r) => (
              <DatePicker
                format={datePickerFormat}
                value={
                  items[r.subdivisionId as string]?.dueDate ? dayjs(items[r.subdivisionId as string].dueDate) : null
                }
                onChange={(d) => set(r.subdivisionId as string, { dueDate: toIsoDate(d) })}
                disabledDate={(d) => d.format('YYYY-MM-DD') > campaign.deadline}
              />
            ),
          },
          {
            title: 'Место приёма',
            render: (_, r) => (
              <Input
                value={items[r.subdivisionId as string]?.place ?? ''}
                onChange={(e) => set(r.subdivisionId as string, { place: e.target.value })}
              />
            ),
          },
        ]}
      />
      <Button type="primary" style={{ marginTop: 12 }} loading={save.isPending} onClick={() => save.mutate()}>
        Сохранить график
      </Button>
    </>
  );
}
