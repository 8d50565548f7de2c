import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UploadFile } from 'antd';
import { Alert, App, Button, DatePicker, Form, List, Space, Table, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, errorMessage, fetchFile, saveFile } from '../../app/api';
import { datePickerFormat, formatDate, formatDateTime, toIsoDate } from '../../components/dates';
import type { Campaign, ImportResponse, ImportResult, Page } from './declaration-types';
import { matchLabels, roleLabels } from './declaration-types';

type PackageRow = {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  format: string;
  encoding: string;
  program: string | null;
  isClarifying: boolean;
  receivedOn: string;
  importedAt: string;
  employeeId: string | null;
  warnings: string[];
};

const statusTag = {
  imported: <Tag color="green">импортирован</Tag>,
  duplicate: <Tag>повтор — без изменений</Tag>,
  error: <Tag color="red">ошибка</Tag>,
};

/** Import of «Справки БК» packages: several files or zip archives at once, a result for every package file. */
export function CampaignImport({ campaign }: { campaign: Campaign }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [receivedOn, setReceivedOn] = useState(dayjs(campaign.today));
  const [result, setResult] = useState<ImportResponse | null>(null);
  const [page, setPage] = useState(1);
  const packages = useQuery({
    queryKey: ['declaration-packages', campaign.id, page],
    queryFn: () => api.get<Page<PackageRow>>(`/declaration-campaigns/${campaign.id}/packages`, { page, pageSize: 20 }),
  });
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      for (const f of files) if (f.originFileObj) form.append('files', f.originFileObj, f.name);
      return api.post<ImportResponse>(
        `/declaration-campaigns/${campaign.id}/packages?receivedOn=${toIsoDate(receivedOn)}`,
        form,
      );
    },
    onSuccess: (r) => {
      setResult(r);
      setFiles([]);
      qc.invalidateQueries({ queryKey: ['declaration-campaign', campaign.id] });
      qc.invalidateQueries({ queryKey: ['declaration-persons', campaign.id] });
      qc.invalidateQueries({ queryKey: ['declaration-packages', campaign.id] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const download = async (p: PackageRow) => {
    try {
      saveFile(await fetchFile('GET', `/declaration-packages/${p.id}/file`));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label="Дата получения справок">
          <DatePicker
            value={receivedOn}
            onChange={(d) => d && setReceivedOn(d)}
            format={datePickerFormat}
            allowClear={false}
            data-testid="import-received-on"
          />
        </Form.Item>
      </Form>
      <div data-testid="import-upload">
        <Upload.Dragger
          multiple
          accept=".xsb,.xml,.zip"
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList)}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">Перетащите файлы «Справки БК» (.xsb, .xml) или zip-архивы с ними</p>
          <p className="ant-upload-hint">
            Можно выбрать сразу много файлов. Повторно загруженный пакет ничего не изменит; пакет с отметкой «Уточнение»
            станет новой версией справки.
          </p>
        </Upload.Dragger>
      </div>
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        disabled={files.length === 0}
        loading={upload.isPending}
        onClick={() => upload.mutate()}
        data-testid="import-submit"
      >
        Импортировать ({files.length})
      </Button>
      {result && (
        <div style={{ marginTop: 16 }} data-testid="import-result">
          <Alert
            type={result.errors ? 'warning' : 'success'}
            showIcon
            title={`Импортировано: ${result.imported}; повторов: ${result.duplicates}; ошибок: ${result.errors}`}
            style={{ marginBottom: 8 }}
          />
          <List<ImportResult>
            size="small"
            bordered
            dataSource={result.results}
            renderItem={(r) => (
              <List.Item>
                <div style={{ width: '100%' }}>
                  <Space>
                    {statusTag[r.status]}
                    <b>{r.file}</b>
                    {r.status === 'imported' && (
                      <span>
                        — {r.declarant}
                        {r.isClarifying ? ' (уточнение)' : ''}
                      </span>
                    )}
                  </Space>
                  {r.status !== 'imported' && (
                    <div>
                      <Typography.Text type={r.status === 'error' ? 'danger' : 'secondary'}>
                        {r.message}
                      </Typography.Text>
                    </div>
                  )}
                  {r.status === 'imported' &&
                    r.forms.map((f) => (
                      <div key={f.declarationId} style={{ paddingLeft: 16 }}>
                        <Link to={`/declarations/declaration/${f.declarationId}`}>
                          {roleLabels[f.role]}: {f.name}
                        </Link>{' '}
                        <Tag color={matchLabels[f.matchStatus]?.color}>{matchLabels[f.matchStatus]?.label}</Tag>
                        {f.version > 1 && (
                          <Tag color="cyan">
                            версия {f.version}, изменений: {f.changes}
                          </Tag>
                        )}
                        {f.notes.map((n) => (
                          <div key={n}>
                            <Typography.Text type="warning">{n}</Typography.Text>
                          </div>
                        ))}
                      </div>
                    ))}
                </div>
              </List.Item>
            )}
          />
        </div>
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        Полученные пакеты
      </Typography.Title>
      <Table<PackageRow>
        rowKey="id"
        size="small"
        loading={packages.isFetching}
        dataSource={packages.data?.items}
        locale={{ emptyText: 'Пакетов ещё нет.' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: packages.data?.total ?? 0,
          onChange: setPage,
          showTotal: (t) => `всего ${t}`,
        }}
        columns={[
          { title: 'Файл', dataIndex: 'fileName' },
          { title: 'Получен', width: 110, render: (_, p) => formatDate(p.receivedOn) },
          { title: 'Импортирован', width: 150, render: (_, p) => formatDateTime(p.importedAt) },
          {
            title: 'Вид',
            width: 160,
            render: (_, p) => `${p.format}, ${p.encoding}${p.isClarifying ? ', уточнение' : ''}`,
          },
          {
            title: 'SHA-256',
            width: 130,
            render: (_, p) => (
              <Typography.Text code title={p.sha256}>
                {p.sha256.slice(0, 12)}
              </Typography.Text>
            ),
          },
          {
            title: '',
            width: 100,
            render: (_, p) => (
              <Button size="small" type="link" onClick={() => download(p)}>
                Скачать
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
