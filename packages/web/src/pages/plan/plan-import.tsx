import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import type { FieldIssue } from '@antikor/core';
import { Alert, Button, Table, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, api, errorMessage } from '../../app/api';
import { usePlanWrite } from './plan-queries';
import type { ImportResult } from './plan-types';

type Outcome =
  | { kind: 'done'; fileName: string; result: ImportResult }
  | { kind: 'failed'; message: string; issues: FieldIssue[] };

/** «Выгрузить в Excel» and «Загрузить из Excel» of the plan's measures, with the outcome shown below. */
export function usePlanExcel(planId: string, canManage: boolean) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const upload = usePlanWrite((file: File) => api.upload<ImportResult>(`/plans/${planId}/import`, file));

  const buttons = (
    <>
      <Button icon={<FileExcelOutlined />} href={`/api/plans/${planId}/export.xlsx`} download data-testid="plan-export">
        Выгрузить в Excel
      </Button>
      {canManage && (
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            setOutcome(null);
            upload.mutate(file, {
              onSuccess: (result) => setOutcome({ kind: 'done', fileName: file.name, result }),
              onError: (e) =>
                setOutcome({
                  kind: 'failed',
                  message: errorMessage(e),
                  issues: e instanceof ApiError ? e.details : [],
                }),
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="plan-import">
            Загрузить из Excel
          </Button>
        </Upload>
      )}
    </>
  );

  const report = outcome && (
    <div style={{ marginBottom: 16 }} data-testid="plan-import-result">
      {outcome.kind === 'done' ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setOutcome(null) }}
          title={`Файл «${outcome.fileName}» загружен`}
          description={`Добавлено мероприятий: ${outcome.result.created}, изменено: ${outcome.result.updated}, без изменений: ${outcome.result.unchanged}.`}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setOutcome(null) }}
          title={outcome.message}
          description={
            outcome.issues.length > 0 && (
              <Table<FieldIssue>
                size="small"
                rowKey={(r) => `${r.file}-${r.row}-${r.field}-${r.message}`}
                dataSource={outcome.issues}
                pagination={outcome.issues.length > 10 ? { pageSize: 10 } : false}
                style={{ marginTop: 8 }}
                data-testid="plan-import-errors"
                columns={[
                  { key: 'file', title: 'Файл', dataIndex: 'file', width: 180, ellipsis: true },
                  { key: 'row', title: 'Строка', dataIndex: 'row', width: 80, render: (r) => r ?? '—' },
                  { key: 'field', title: 'Столбец', dataIndex: 'field', width: 220 },
                  { key: 'message', title: 'Ошибка', dataIndex: 'message' },
                ]}
              />
            )
          }
        />
      )}
    </div>
  );
  return { buttons, report };
}
