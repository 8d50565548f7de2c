import { PlusOutlined } from '@ant-design/icons';
import { type Organisation, type OrganisationInput, organisationKindLabels } from '@antikor/core';
import { App, Button, Card, Col, Empty, Row, Skeleton, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../app/api';
import { useAuth, useUser } from '../../app/auth-context';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useOrganisations, useWrite } from './org-queries';
import { buildOrgTree } from './org-tree';
import { OrganisationForm } from './organisation-form';

type Mode = { kind: 'edit'; id: string } | { kind: 'create'; parentId: string };

/** The tree of the user's organisation and its subordinate bodies and institutions, with a form. */
export function OrganisationsPage() {
  const user = useUser();
  const { can } = useAuth();
  const { message } = App.useApp();
  const orgs = useOrganisations();
  const tree = useMemo(() => buildOrgTree(orgs.data ?? []), [orgs.data]);
  const [mode, setMode] = useState<Mode>({ kind: 'edit', id: user.orgId });
  const canManage = can('org.manage');

  const byId = useMemo(() => new Map((orgs.data ?? []).map((o) => [o.id, o])), [orgs.data]);
  const selectedId = mode.kind === 'edit' ? mode.id : mode.parentId;
  const selected = byId.get(selectedId) ?? orgs.data?.[0];

  const create = useWrite((input: OrganisationInput) => api.post<Organisation>('/orgs', input), ['orgs']);
  const update = useWrite(
    ({ id, input }: { id: string; input: OrganisationInput }) => api.patch<Organisation>(`/orgs/${id}`, input),
    ['orgs'],
  );

  return (
    <>
      <PageHeader
        title="Организации"
        subtitle="Администрация, органы с правами юридического лица и подведомственные учреждения"
        extra={
          canManage &&
          selected && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setMode({ kind: 'create', parentId: selected.id })}
              data-testid="org-add"
            >
              Добавить подчинённую организацию
            </Button>
          )
        }
      />
      {orgs.isError && <LoadError error={orgs.error} onRetry={() => orgs.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card title="Структура" size="small">
            {orgs.isPending && <Skeleton active />}
            {orgs.data?.length === 0 && <Empty description="Организаций нет" />}
            {tree.length > 0 && (
              <Tree
                treeData={tree}
                defaultExpandAll
                blockNode
                selectedKeys={selected ? [selected.id] : []}
                onSelect={(keys) => keys[0] && setMode({ kind: 'edit', id: String(keys[0]) })}
                data-testid="org-tree"
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          {selected && mode.kind === 'edit' && (
            <Card
              size="small"
              title={selected.shortName || selected.name}
              extra={<Typography.Text type="secondary">{organisationKindLabels[selected.kind]}</Typography.Text>}
            >
              <OrganisationForm
                initial={selected}
                disabled={!canManage}
                onSubmit={async (input) => {
                  await update.mutateAsync({ id: selected.id, input });
                  message.success('Изменения сохранены');
                }}
              />
            </Card>
          )}
          {selected && mode.kind === 'create' && (
            <Card size="small" title="Новая организация">
              <OrganisationForm
                parentId={selected.id}
                parentName={selected.shortName || selected.name}
                onCancel={() => setMode({ kind: 'edit', id: selected.id })}
                onSubmit={async (input) => {
                  const created = await create.mutateAsync(input);
                  message.success('Организация добавлена');
                  setMode({ kind: 'edit', id: created.id });
                }}
              />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
