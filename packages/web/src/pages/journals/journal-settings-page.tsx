import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Result, Skeleton } from 'antd';
import { useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { useUser } from '../../app/auth-context';
import { type DeadlineOverrides, DeadlineOverridesEditor } from '../../components/deadline-overrides-editor';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { settingsRoles } from './journal-page';
import type { JournalInfo } from './journal-types';
import { WithJournal } from './with-journal';

/**
 * The journal's terms set by the municipal act (domain.md §0.1: local acts set many deadlines). A term
 * left federal follows the default; a local one replaces it for this organisation's new and open entries.
 */
export function JournalSettingsPage() {
  const { code = '' } = useParams();
  const user = useUser();
  if (!user.roles.some((r) => (settingsRoles as readonly string[]).includes(r))) {
    return (
      <Result
        status="403"
        title="Нет доступа"
        subTitle="Сроки журналов настраивает специалист по профилактике коррупции."
      />
    );
  }
  return <WithJournal code={code}>{(journal) => <SettingsForm key={journal.code} journal={journal} />}</WithJournal>;
}

function SettingsForm({ journal }: { journal: JournalInfo }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: ['journal-settings', journal.code],
    queryFn: () => api.get<{ deadlineOverrides: DeadlineOverrides }>(`/journals/${journal.code}/settings`),
  });
  const save = useMutation({
    mutationFn: (deadlineOverrides: DeadlineOverrides) =>
      api.put<{ deadlineOverrides: DeadlineOverrides }>(`/journals/${journal.code}/settings`, { deadlineOverrides }),
    onSuccess: (data) => {
      queryClient.setQueryData(['journal-settings', journal.code], data);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['journal-entries'] }),
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      ]);
    },
  });
  // One card per rule; a rule used by several deadlines of the journal names them all.
  const rules = [...new Set(journal.deadlines.map((d) => d.rule))].map((code) => ({
    code,
    title: journal.deadlines
      .filter((d) => d.rule === code)
      .map((d) => d.title)
      .join(', '),
  }));

  if (settings.isPending) return <Skeleton active />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => settings.refetch()} />;
  return (
    <>
      <PageHeader
        title={`Сроки журнала «${journal.shortTitle}»`}
        subtitle="Сроки по муниципальному правовому акту вместо федеральных по умолчанию"
        backTo={`/journals/${journal.code}`}
      />
      <DeadlineOverridesEditor
        rules={rules}
        overrides={settings.data.deadlineOverrides}
        saving={save.isPending}
        onSave={async (overrides) => {
          await save.mutateAsync(overrides);
          message.success('Сроки журнала сохранены; открытые записи пересчитываются при следующем изменении');
        }}
      />
    </>
  );
}
