import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space, Table, Typography } from 'antd';
import { api, errorMessage, fetchFile, saveFile } from '../../app/api';
import { formatDate, formatDateTime } from '../../components/dates';
import type { Campaign, PublicationState } from './declaration-types';

type Row = {
  n: number | null;
  name: string;
  position: string;
  realEstateOwned: string;
  realEstateInUse: string;
  vehicles: string;
  income: string;
  sources: string;
};

const multiline = (s: string) => <span style={{ whiteSpace: 'pre-line' }}>{s}</span>;

/** The Decree 613 table (Order 530н form) and publication, suspended by Decree 968 unless turned on. */
export function CampaignPublication({ campaign }: { campaign: Campaign }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const data = useQuery({
    queryKey: ['declaration-publication', campaign.id],
    queryFn: () =>
      api.get<{ state: PublicationState; rows: Row[] }>(`/declaration-campaigns/${campaign.id}/publication`),
  });
  const publish = useMutation({
    mutationFn: () =>
      api.post<{ published: boolean; note: string | null }>(`/declaration-campaigns/${campaign.id}/publish`),
    onSuccess: (r) => {
      if (r.published) message.success('Отмечено: сведения размещены на официальном сайте');
      else message.warning('Сведения не размещены — причина зафиксирована');
      qc.invalidateQueries({ queryKey: ['declaration-publication', campaign.id] });
      qc.invalidateQueries({ queryKey: ['declaration-campaign', campaign.id] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const download = async (format: 'docx' | 'xlsx' | 'html') => {
    try {
      saveFile(await fetchFile('GET', `/declaration-campaigns/${campaign.id}/publication.${format}`));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const state = data.data?.state;
  return (
    <>
      {state && !state.enabled && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Размещение на сайте приостановлено"
          description={state.note}
          data-testid="publication-suspended"
        />
      )}
      {state && (
        <Typography.Paragraph>
          Срок размещения по Указу № 613 — {formatDate(state.due)}{' '}
          <Typography.Text type="secondary">({state.dueExplanation})</Typography.Text>.{' '}
          {state.publishedAt
            ? `Размещено ${formatDateTime(state.publishedAt)}.`
            : state.recordedNote
              ? `Зафиксировано: ${state.recordedNote}`
              : ''}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Button onClick={() => download('docx')}>Word</Button>
        <Button onClick={() => download('xlsx')}>Excel</Button>
        <Button onClick={() => download('html')}>HTML для сайта</Button>
        <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate()} data-testid="publish">
          {state?.enabled ? 'Отметить размещение' : 'Зафиксировать неразмещение'}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">
        В таблицу попадают только сведения, разрешённые Указом № 613: без имён членов семьи, адресов и местонахождения
        имущества.
      </Typography.Paragraph>
      <Table<Row>
        size="small"
        rowKey={(r, i) => `${r.n}-${r.name}-${i}`}
        loading={data.isFetching}
        dataSource={data.data?.rows}
        pagination={{ pageSize: 50 }}
        scroll={{ x: 1300 }}
        locale={{ emptyText: 'Справок ещё нет.' }}
        columns={[
          { title: '№', dataIndex: 'n', width: 50 },
          { title: 'ФИО', dataIndex: 'name', width: 200 },
          { title: 'Должность', dataIndex: 'position', width: 200 },
          { title: 'Недвижимость в собственности', render: (_, r) => multiline(r.realEstateOwned) },
          { title: 'В пользовании', render: (_, r) => multiline(r.realEstateInUse) },
          { title: 'Транспорт', render: (_, r) => multiline(r.vehicles), width: 160 },
          { title: 'Доход, руб.', dataIndex: 'income', width: 130 },
          { title: 'Источники средств по сделкам', render: (_, r) => multiline(r.sources) },
        ]}
      />
    </>
  );
}
