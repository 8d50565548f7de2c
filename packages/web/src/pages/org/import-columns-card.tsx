import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag } from 'antd';
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
      style={{ marginBottom: 16 }}
      data-testid="import-columns"
    >
      {!open && (
        <Flex wrap gap={4}>
          {importColumns.map((c) => (
            <Tag key={c.title} color={c.required ? 'red' : undefined}>
              {c.title}
            </Tag>
          ))}
        </Flex>
      )}
      {open && <ColumnsTable />}
    </Card>
  );
}

function ColumnsTable() {
  return (
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
  );
}
