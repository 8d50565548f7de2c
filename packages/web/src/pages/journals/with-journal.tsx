import { Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { LoadError } from '../../components/query-state';
import { useJournal } from './journal-queries';
import type { JournalInfo } from './journal-types';

/**
 * Renders `children` with the journal's definition once it is known; a journal the user may not open
 * (or that does not exist) gets the same «нет доступа» — the address alone must not tell which is which.
 */
export function WithJournal({ code, children }: { code: string; children: (journal: JournalInfo) => ReactNode }) {
  const { journal, isPending, isError, error, refetch } = useJournal(code);
  if (isPending) return <Skeleton active />;
  if (isError) return <LoadError error={error} onRetry={() => refetch()} />;
  if (!journal) {
    return (
      <Result status="403" title="Нет доступа" subTitle="Этот журнал не существует или недоступен для вашей роли." />
    );
  }
  return <>{children(journal)}</>;
}
