import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../app/auth-context';
import { formatDate, formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useDeclaration } from './declaration-queries';
import { DeclarationSections } from './declaration-sections';
import { type Difference, matchLabels, personName, roleLabels } from './declaration-types';

const SECTION: Record<string, string> = {
  title: 'Титульный лист',
  incomes: 'Доходы',
  expenses: 'Расходы',
  realEstate: 'Недвижимость',
  vehicles: 'Транспорт',
  digitalAssets: 'Цифровые активы',
  accounts: 'Счета',
  shareholdings: 'Участие в организациях',
  securities: 'Ценные бумаги',
  realEstateInUse: 'Недвижимость в пользовании',
  obligations: 'Обязательства',
  giftedAway: 'Безвозмездно отчуждено',
  unknown: 'Прочие элементы',
};
const show = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

function Diff({ diff }: { diff: Difference[] }) {
  if (diff.length === 0) return <Typography.Text type="secondary">Отличий от предыдущей версии нет.</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={diff}
      data-testid="declaration-diff"
      renderItem={(d) => (
        <List.Item>
          <Tag>{SECTION[d.section] ?? d.section}</Tag>
          {d.change === 'added' && <Tag color="green">добавлено</Tag>}
          {d.change === 'removed' && <Tag color="red">удалено</Tag>}
          {d.item} {d.field && <b>{d.field}</b>}
          {d.change === 'changed' && (
            <Typography.Text>
              : {show(d.before)} → {show(d.after)}
            </Typography.Text>
          )}
        </List.Item>
      )}
    />
  );
}

/** One person's declaration: matching to HR data, versions with their differences, the form by sections. */
export function DeclarationCardPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { can } = useAuth();
  const decl = useDeclaration(id);
  const [version, setVersion] = useState<number | null>(null);
  if (decl.isError) return <LoadError error={decl.error} onRetry={() => decl.refetch()} />;
  const d = decl.data;
  if (!d) return null;
  const shown =
    d.versions.find((v) => v.version === (version ?? d.currentVersion)) ?? d.versions[d.versions.length - 1];
  const isOfficer = can('declarations.manage');
  return (
    <>
      <PageHeader
        title={`${roleLabels[d.role]}: ${personName(d)}`}
        subtitle={`Сведения за ${d.campaign.reportingYear} год${d.obligation ? ` — ${d.obligation.positionTitle ?? ''}, ${d.obligation.subdivisionName ?? ''}` : ''}`}
        backTo={isOfficer ? `/declarations/${d.campaignId}?tab=persons` : '/my-declarations'}
        extra={
          isOfficer && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/declarations/declaration/${d.id}/edit`)}>
              Исправить
            </Button>
          )
        }
      />
      {d.matchStatus !== 'matched' && (
        <Alert
          type={d.matchStatus === 'unmatched' ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={matchLabels[d.matchStatus].label}
          description={d.matchNotes.join('; ')}
          data-testid="match-notes"
        />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="Дата рождения">{formatDate(d.birthDate)}</Descriptions.Item>
          <Descriptions.Item label="Получена">
            {formatDate(d.receivedOn)}
            {d.receivedOn > d.campaign.deadline && (
              <Tag color="orange" style={{ marginLeft: 8 }}>
                после срока {formatDate(d.campaign.deadline)}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Уточнена">
            {d.clarifiedOn ? formatDate(d.clarifiedOn) : '—'}
            {d.clarifiedOn && d.clarifiedOn > d.campaign.clarifyDeadline && (
              <Tag color="orange" style={{ marginLeft: 8 }}>
                позже месяца после срока
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Семья">
            <Space wrap>
              {d.family.length === 0
                ? '—'
                : d.family.map((f) => (
                    <Link key={f.id} to={`/declarations/declaration/${f.id}`}>
                      {roleLabels[f.role]}: {personName(f)}
                    </Link>
                  ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text>Версия:</Typography.Text>
        <Select
          value={shown?.version}
          onChange={setVersion}
          style={{ width: 460 }}
          data-testid="declaration-version"
          options={d.versions.map((v) => ({
            value: v.version,
            label: `${v.version}: ${v.source === 'import' ? (v.isClarifying ? 'уточнение' : 'пакет') : 'внесено вручную'} от ${formatDate(v.receivedOn)}${v.fileName ? ` — ${v.fileName}` : ''}`,
          }))}
        />
        {shown && (
          <Typography.Text type="secondary">
            записано {formatDateTime(shown.createdAt)}
            {shown.sha256 ? `, SHA-256 ${shown.sha256.slice(0, 12)}…` : ''}
          </Typography.Text>
        )}
      </Space>
      {shown && shown.version > 1 && (
        <Card
          size="small"
          title={`Изменения версии ${shown.version} по сравнению с версией ${shown.version - 1}`}
          style={{ marginBottom: 12 }}
        >
          <Diff diff={shown.diff} />
          {shown.note && <Typography.Paragraph style={{ marginTop: 8 }}>Примечание: {shown.note}</Typography.Paragraph>}
        </Card>
      )}
      {shown ? <DeclarationSections p={shown.data} /> : <Empty />}
    </>
  );
}
