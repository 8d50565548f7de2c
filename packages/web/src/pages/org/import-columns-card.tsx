import { Card, Table, Tag } from 'antd';
import { importColumns } from './staff-import-types';

/** What each column of the template means, so the file can be prepared without asking anyone. */
export function ImportColumnsCard() {
  return (
    <Card size="small" title="Столбцы шаблона" data-testid="import-columns">
      <Table
        size="small"
        rowKey="title"
        pagination={false}
        dataSource={importColumns}
        columns={[
          {
            title: 'Столбец',
            dataIndex: 'title',
            width: 170,
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
