import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage, fetchFile, saveFile } from '../../app/api';
import { useMonitoringDownload } from './execution-tab';
import { planYears, quarterLabel } from './plan-format';
import type { PlanDetail } from './plan-types';

type Outcome = { kind: 'ok'; fileName: string; missing: number } | { kind: 'error'; message: string };

/** The last finished year of the plan (the annual report is made after the year ends), else its first year. */
function defaultReportYear(plan: PlanDetail): number {
  const last = new Date().getFullYear() - 1;
  return Math.min(Math.max(last, plan.periodFrom), plan.periodTo);
}

/**
 * «Отчёт»: the annual report on the plan's execution as DOCX (the seed's form, with the accepted texts and
 * the indicators of the year) and the monitoring extract as Excel.
 */
export function AnnualReportTab({ plan, mayProduceReport }: { plan: PlanDetail; mayProduceReport: boolean }) {
  const [year, setYear] = useState(() => defaultReportYear(plan));
  const [mYear, setMYear] = useState(() => defaultReportYear(plan));
  const [quarter, setQuarter] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const monitoring = useMonitoringDownload(plan.id);
  const years = planYears(plan).map((y) => ({ value: y, label: `${y} год` }));

  const generate = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const file = await fetchFile('POST', `/plans/${plan.id}/annual-report`, { year });
      saveFile(file);
      setOutcome({
        kind: 'ok',
        fileName: file.fileName,
        missing: Number(file.headers.get('x-measures-without-text')) || 0,
      });
    } catch (e) {
      setOutcome({ kind: 'error', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Card size="small" title="Годовой отчёт о выполнении плана">
        <Typography.Paragraph type="secondary">
          Документ Word в форме отчёта: таблица «п/п», «Мероприятия», «Ответственные исполнители», «Срок исполнения»,
          «Ожидаемый результат» с принятыми текстами подразделений; показатели в текстах подставляются по данным системы
          за выбранный год.
        </Typography.Paragraph>
        {mayProduceReport ? (
          <Flex gap={8} wrap align="center">
            <Select
              value={year}
              onChange={setYear}
              options={years}
              style={{ width: 120 }}
              aria-label="Год отчёта"
              data-testid="annual-year"
            />
            <Button
              type="primary"
              icon={<FileWordOutlined />}
              loading={busy}
              onClick={generate}
              data-testid="annual-generate"
            >
              Сформировать годовой отчёт (DOCX)
            </Button>
          </Flex>
        ) : (
          <Alert type="info" showIcon title="Годовой отчёт формирует специалист по профилактике коррупции" />
        )}
        {outcome?.kind === 'ok' && (
          <Alert
            style={{ marginTop: 12 }}
            showIcon
            type={outcome.missing > 0 ? 'warning' : 'success'}
            data-testid="annual-result"
            title={`Файл «${outcome.fileName}» сформирован`}
            description={
              outcome.missing > 0
                ? `В ${outcome.missing} ${outcome.missing % 10 === 1 && outcome.missing % 100 !== 11 ? 'мероприятии' : 'мероприятиях'} нет принятого текста отчёта за ${year} год — в документе графа результата у них пуста. Проверьте «Исполнение».`
                : 'По всем мероприятиям есть принятые тексты.'
            }
          />
        )}
        {outcome?.kind === 'error' && (
          <Alert style={{ marginTop: 12 }} showIcon type="error" title={outcome.message} data-testid="annual-error" />
        )}
      </Card>
      <Card size="small" title="Мониторинг исполнения">
        <Typography.Paragraph type="secondary">
          Таблица Excel: по строке на мероприятие — состояние отчётов подразделений, представленные тексты и показатели.
        </Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          <Select
            value={mYear}
            onChange={setMYear}
            options={years}
            style={{ width: 120 }}
            aria-label="Год мониторинга"
          />
          <Segmented<number>
            value={quarter}
            onChange={setQuarter}
            options={[0, 1, 2, 3, 4].map((v) => ({
              value: v,
              label: v === 0 ? 'Год' : quarterLabel(v).replace(' квартал', ' кв.'),
            }))}
          />
          <Button
            icon={<FileExcelOutlined />}
            loading={monitoring.loading}
            onClick={() => monitoring.download(mYear, quarter)}
            data-testid="monitoring-download"
          >
            Мониторинг (Excel)
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}
