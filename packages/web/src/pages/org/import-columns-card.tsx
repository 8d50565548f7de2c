import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { importColumns } from './staff-import-types';

/** What each column of the template means, so the file can be prepared without asking anyone. */
export function ImportColumnsCard({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <Card
      size="small"
      title={`Столбцы шаблона (${importColumns.length})`}
      extra={
        <Button type="link" size="small" icon={open ? <DownOutlined /> : <RightOutlined />} onClick={onToggle}>
          {open ? 'Свернуть' : 'Показать'}
        </Button>
      }
      styles={{ body: open ? undefined : { display: 'none' } }}
      style={{ marginBottom: 16 }}
      data-testid="import-columns"
    >
      <Table
        size="small"
        rowKey="title"
        pagination={false}
        dataSource={importColumns}
        columns={[
          {
            title: 'Столбец',
            dataIndex: 'title',
            width: 250,
            render: (title: string, c) => (
              <>
                {title} {c.required && <Tag color="red">обяз.</Tag>}
              </>
            ),
          },
          { title: 'Что указать', dataIndex: 'note' },
        ]}
      />
    </Card>
  );
}
