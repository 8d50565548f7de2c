import { FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Select, Tabs, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { useExpertiseWrite } from './expertise-queries';
import type { ExpertiseOverview, RunDetail } from './expertise-types';

/**
 * A new version of the draft to scan: a DOCX/TXT file (kept with the entry), pasted text, or a file already
 * attached to the entry. The server answers with the scanned version.
 */
export function NewVersionForm({
  overview,
  onDone,
}: {
  overview: ExpertiseOverview;
  onDone: (run: RunDetail) => void;
}) {
  const { message } = App.useApp();
  const entryId = overview.entry.id;
  const [text, setText] = useState('');
  const [attachmentId, setAttachmentId] = useState<string | null>(overview.attachments.at(-1)?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const done = (run: RunDetail) => {
    message.success(`Редакция № ${run.version} проверена: замечаний — ${run.counts.claims + run.counts.manual}`);
    onDone(run);
  };
  const fail = (e: unknown) => setError(errorMessage(e));
  const upload = useExpertiseWrite(entryId, (file: File) =>
    api.upload<RunDetail>(`/draft-acts/${entryId}/expertise/upload`, file),
  );
  const scan = useExpertiseWrite(entryId, (body: object) =>
    api.post<RunDetail>(`/draft-acts/${entryId}/expertise/runs`, body),
  );
  const busy = upload.isPending || scan.isPending;
  return (
    <div data-testid="new-version">
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          closable
          onClose={() => setError(null)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Tabs
        items={[
          {
            key: 'file',
            label: 'Загрузить файл',
            children: (
              <Upload.Dragger
                accept=".docx,.txt"
                showUploadList={false}
                disabled={busy}
                beforeUpload={(file) => {
                  setError(null);
                  upload.mutate(file, { onSuccess: done, onError: fail });
                  return false;
                }}
                data-testid="draft-upload"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">
                  {busy ? 'Проверка…' : 'Перетащите проект сюда или нажмите, чтобы выбрать'}
                </p>
                <p className="ant-upload-hint">Word (DOCX) или текст (TXT). Файл будет приложен к записи реестра.</p>
              </Upload.Dragger>
            ),
          },
          {
            key: 'paste',
            label: 'Вставить текст',
            children: (
              <>
                <Input.TextArea
                  rows={10}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder="Текст проекта постановления…"
                  data-testid="draft-paste"
                />
                <Button
                  type="primary"
                  style={{ marginTop: 8 }}
                  loading={busy}
                  disabled={!text.trim()}
                  onClick={() => {
                    setError(null);
                    scan.mutate({ text }, { onSuccess: done, onError: fail });
                  }}
                  data-testid="draft-paste-submit"
                >
                  Проверить текст
                </Button>
              </>
            ),
          },
          {
            key: 'attached',
            label: 'Приложенный файл',
            disabled: overview.attachments.length === 0,
            children: (
              <>
                <Select
                  style={{ width: '100%' }}
                  value={attachmentId}
                  onChange={setAttachmentId}
                  options={overview.attachments.map((a) => ({ value: a.id, label: a.fileName }))}
                  suffixIcon={<FileTextOutlined />}
                />
                <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
                  DOCX и TXT из вложений записи.
                </Typography.Paragraph>
                <Button
                  type="primary"
                  loading={busy}
                  disabled={!attachmentId}
                  onClick={() => {
                    setError(null);
                    scan.mutate({ attachmentId }, { onSuccess: done, onError: fail });
                  }}
                >
                  Проверить файл
                </Button>
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
