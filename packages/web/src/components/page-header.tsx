import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useNavigate } from 'react-router-dom';

type Props = { title: string; subtitle?: ReactNode; extra?: ReactNode; backTo?: string };

/** Page title (also the browser tab's), optional back link and actions on the right. */
export function PageHeader({ title, subtitle, extra, backTo }: Props) {
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `${title} — Антикор`;
  }, [title]);
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <Flex align="center" gap={8}>
        {backTo && (
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(backTo)} aria-label="Назад" />
        )}
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
      </Flex>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
