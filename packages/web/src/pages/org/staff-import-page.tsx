import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { FieldIssue } from '@antikor/core';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Flex, Row, Spin, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api, errorMessage, withQuery } from '../../app/api';
import { useUser } from '../../app/auth-context';
import { PageHeader } from '../../components/page-header';
import { ImportColumnsCard } from './import-columns-card';
import { ImportErrorsTable, ImportPreviewView } from './import-preview';
import { useOrganisations } from './org-queries';
import { OrgSelect } from './org-select';
import type { ImportPreview, ImportResult } from './staff-import-types';

type State =
  | { step: 'idle' }
  | { step: 'previewing'; file: File }
  | { step: 'previewed'; file: File; preview: ImportPreview }
  | { step: 'committing'; file: File; preview: ImportPreview }
  | { step: 'done'; fileName: string; result: ImportResult }
  | { step: 'failed'; file?: File; preview?: ImportPreview; message: string; details: FieldIssue[] };

/**
 * Staff list import from Excel: upload → preview (what would be created or changed, with every error
 * by row and column) → commit. The commit is all-or-nothing: a file with any error changes nothing.
 */
export function StaffImportPage() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const queryClient = useQueryClient();
  const user = useUser();
  const [orgId, setOrgId] = useState(user.orgId);
  // The column description is folded away once a file is chosen, to give the preview the room.
  const [columnsOpen, setColumnsOpen] = useState(true);
  const target = (path: string) => withQuery(path, { orgId: orgId === user.orgId ? undefined : orgId });

  const preview = async (file: File) => {
    setState({ step: 'previewing', file });
    try {
      setState({
        step: 'previewed',
        file,
        preview: await api.upload<ImportPreview>(target('/staff-import/preview'), file),
      });
    } catch (e) {
      setState({ step: 'failed', file, message: errorMessage(e), details: e instanceof ApiError ? e.details : [] });
    }
  };

  const commit = async (file: File, shown: ImportPreview) => {
    setState({ step: 'committing', file, preview: shown });
    try {
      const result = await api.upload<ImportResult>(target('/staff-import/commit'), file);
      await Promise.all(
        ['employees', 'subdivisions', 'positions'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
      );
      setState({ step: 'done', fileName: file.name, result });
    } catch (e) {
      setState({
        step: 'failed',
        file,
        preview: shown,
        message: errorMessage(e),
        details: e instanceof ApiError ? e.details : [],
      });
    }
  };

  const shown = 'preview' in state ? state.preview : undefined;
  const file = 'file' in state ? state.file : undefined;
  const canCommit = state.step === 'previewed' && state.preview.errors.length === 0 && state.preview.rows.length > 0;

  return (
    <>
      <PageHeader
        title="Импорт штатного списка"
        subtitle="Загрузка сотрудников, подразделений и должностей из файла Excel"
        extra={
          <Button
            icon={<DownloadOutlined />}
            href="/api/staff-import/template.xlsx"
            download
            data-testid="import-template"
          >
            Скачать шаблон
          </Button>
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={9}>
          <Card size="small" title="1. Выберите файл" style={{ marginBottom: 16 }}>
            <OrgSelectRow
              value={orgId}
              onChange={(id) => {
                setOrgId(id ?? user.orgId);
                setState({ step: 'idle' });
              }}
            />
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={state.step === 'previewing' || state.step === 'committing'}
              beforeUpload={(f) => {
                setColumnsOpen(false);
                void preview(f);
                return false; // the file is sent by our own request, not by the Upload widget
              }}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">Перетащите файл сюда или нажмите, чтобы выбрать</p>
              <p className="ant-upload-hint">Файл .xlsx по шаблону; первая строка — заголовки столбцов</p>
            </Upload.Dragger>
            {file && (
              <div style={{ marginTop: 8, color: '#666' }} data-testid="import-file-name">
                Файл: {file.name}
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <ImportColumnsCard open={columnsOpen} onToggle={() => setColumnsOpen((o) => !o)} />
        </Col>
      </Row>
      <Card size="small" title="2. Проверьте и загрузите" style={{ marginBottom: 16 }}>
        {state.step === 'idle' && (
          <Alert
            type="info"
            showIcon
            title="Выберите файл: сначала система покажет, что будет загружено, и ничего не изменит до нажатия «Загрузить»."
          />
        )}
        {state.step === 'previewing' && (
          <Flex justify="center" style={{ padding: 32 }}>
            <Spin description="Проверяем файл…" />
          </Flex>
        )}
        {state.step === 'failed' && (
          <>
            <Alert
              type="error"
              showIcon
              title={state.message}
              description={state.preview ? 'Данные не изменены.' : undefined}
              style={{ marginBottom: 16 }}
              data-testid="import-failed"
            />
            {state.details.length > 0 && <ImportErrorsTable errors={state.details} />}
          </>
        )}
        {state.step === 'done' && (
          <Alert
            type="success"
            showIcon
            data-testid="import-result"
            title={`Штатный список «${state.fileName}» загружен`}
            description={
              <>
                Добавлено сотрудников: {state.result.created}, изменено: {state.result.updated}, без изменений:{' '}
                {state.result.unchanged}. <Link to="/org/employees">Открыть список сотрудников</Link>
              </>
            }
          />
        )}
        {shown && state.step !== 'failed' && (
          <>
            {shown.errors.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title="Исправьте ошибки в файле и выберите его снова. Пока в файле есть ошибки, загрузка невозможна."
                style={{ marginBottom: 16 }}
              />
            )}
            <Flex gap={8} style={{ marginBottom: 16 }}>
              <Button
                type="primary"
                icon={<CloudUploadOutlined />}
                disabled={!canCommit}
                loading={state.step === 'committing'}
                onClick={() => file && shown && commit(file, shown)}
                data-testid="import-commit"
              >
                Загрузить
              </Button>
              <Button onClick={() => setState({ step: 'idle' })} disabled={state.step === 'committing'}>
                Отменить
              </Button>
            </Flex>
            <ImportPreviewView preview={shown} />
          </>
        )}
      </Card>
    </>
  );
}

/** Which organisation's staff the file holds (shown only when the user sees several). */
function OrgSelectRow({ value, onChange }: { value: string; onChange: (id: string | undefined) => void }) {
  const orgs = useOrganisations();
  if ((orgs.data?.length ?? 0) < 2) return null;
  return (
    <div style={{ marginBottom: 12 }}>
      <OrgSelect value={value} onChange={onChange} width="100%" />
    </div>
  );
}
