import { App, Button, Card, Flex, Input, Typography, theme } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { formatDateTime } from '../../components/dates';
import { useEntryWrite } from './journal-queries';
import type { EntryComment } from './journal-types';

/** Notes on an entry by anyone who sees it: a question to the notifier, the notifier's answer. */
export function EntryComments({ entryId, comments }: { entryId: string; comments: EntryComment[] }) {
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [text, setText] = useState('');
  const add = useEntryWrite(entryId, (t: string) =>
    api.post<EntryComment>(`/journal-entries/${entryId}/comments`, { text: t }),
  );
  const send = () =>
    add.mutate(text.trim(), {
      onSuccess: () => setText(''),
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <Card size="small" title="Комментарии" style={{ marginBottom: 16 }} data-testid="entry-comments">
      {comments.length === 0 && <Typography.Text type="secondary">Комментариев пока нет.</Typography.Text>}
      <Flex vertical>
        {comments.map((c) => (
          <div
            key={c.id}
            style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
            data-testid="comment"
          >
            <Flex justify="space-between" gap={8}>
              <Typography.Text strong>{c.authorName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {formatDateTime(c.createdAt)}
              </Typography.Text>
            </Flex>
            <div style={{ whiteSpace: 'pre-wrap' }}>{c.text}</div>
          </div>
        ))}
      </Flex>
      <Flex vertical gap={8} style={{ marginTop: 12 }}>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={5000}
          placeholder="Текст комментария"
          data-testid="comment-text"
        />
        <div>
          <Button onClick={send} disabled={!text.trim()} loading={add.isPending} data-testid="comment-add">
            Добавить комментарий
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
