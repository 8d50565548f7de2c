import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography, Upload } from 'antd';
import { api, errorMessage } from '../../app/api';
import { formatDateTime } from '../../components/dates';
import { useEntryWrite } from './journal-queries';
import type { EntryAttachment } from './journal-types';

/** The file types the server accepts (it checks the content, too). */
const accept = '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.jpg,.jpeg,.png,.txt';

/** '1536' → '1,5 КБ'. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} КБ`;
  return `${(bytes / 1024 / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} МБ`;
}

/** Scans and documents attached to an entry: download for whoever sees it, upload for keepers and the notifier. */
export function EntryAttachments({
  entryId,
  attachments,
  canAttach,
}: {
  entryId: string;
  attachments: EntryAttachment[];
  canAttach: boolean;
}) {
  const { message } = App.useApp();
  const upload = useEntryWrite(entryId, (file: File) =>
    api.upload<EntryAttachment>(`/journal-entries/${entryId}/attachments`, file),
  );
  return (
    <Card
      size="small"
      title="Вложения"
      style={{ marginBottom: 16 }}
      data-testid="entry-attachments"
      extra={
        canAttach && (
          <Upload
            accept={accept}
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file, {
                onSuccess: (a) => message.success(`Файл «${a.fileName}» приложен`),
                onError: (e) => message.error(errorMessage(e)),
              });
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid="attachment-upload">
              Приложить файл
            </Button>
          </Upload>
        )
      }
    >
      {attachments.length === 0 ? (
        <Typography.Text type="secondary">
          Файлов нет.{canAttach ? ' PDF, Word, Excel, ODT/ODS, JPG, PNG или TXT.' : ''}
        </Typography.Text>
      ) : (
        <Flex vertical gap={6}>
          {attachments.map((a) => (
            <Flex key={a.id} gap={8} align="baseline" wrap data-testid="attachment">
              <PaperClipOutlined />
              <a href={`/api/journal-attachments/${a.id}`} download={a.fileName} title={`SHA-256: ${a.sha256}`}>
                {a.fileName}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatSize(a.size)}, {formatDateTime(a.uploadedAt)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
