/**
 * Acceptance of issue 4: the demo organisation's report for 2024 carries every figure of the seed report,
 * and the figures come from the data — registering one more notice changes the report.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadDemoOrganisation } from '../../seed/demo/load-demo.js';
import { getTestApp, signInClient } from '../../test/test-app.js';
import { docxText } from './plan-test-helpers.js';

describe('annual report of the demo organisation for 2024', () => {
  it('carries the seed report figures through the indicators and follows the data', async () => {
    const { app, database } = await getTestApp();
    const prefix = `plan-${randomUUID().slice(0, 6)}-`;
    await loadDemoOrganisation(database.db, { password: 'demo-password-1', loginPrefix: prefix, force: true });
    const officer = await signInClient(app, `${prefix}officer`, 'demo-password-1');
    const plans = (await officer.get('/api/plans')).json().items as { id: string; periodFrom: number; title: string }[];
    const plan = plans.find((p) => p.periodFrom === 2021)!;
    expect(plan.title).toBe('План противодействия коррупции в Кемеровском муниципальном округе на 2021-2024 годы');
    const detail = (await officer.get(`/api/plans/${plan.id}`)).json();
    expect(detail.sections).toHaveLength(7);
    expect(detail.sections.flatMap((s: { measures: unknown[] }) => s.measures)).toHaveLength(29);

    const report = async () => {
      const res = await officer.post(`/api/plans/${plan.id}/annual-report`, { year: 2024 });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['x-measures-without-text']).toBe('0');
      return docxText(res.rawPayload);
    };
    const text = await report();
    expect(
      [
        'Отчет за 2024 год',
        'о выполнении Плана противодействия коррупции в Кемеровском муниципальном округе на 2021-2024 годы',
        'проведено 5 заседаний Комиссии, в отношении 4 муниципальных служащих',
        'составила: 171 муниципальный служащий и 4 руководителя муниципальных учреждений',
        'Проведен анализ справок о доходах 171 муниципального служащего и 4 руководителей',
        'поступило 11 уведомлений о намерении выполнять иную оплачиваемую работу',
        'За 2024 год уведомлений о получении подарков не поступало.',
        'не поступали уведомления о факте обращения в целях склонения',
        'За отчетный период поступило 33 уведомления',
        'находилось 14 дел',
        'По 3 из них действия',
        'По 9 искам заявителям отказано. 2 находятся на рассмотрении. По 3 делам',
        'правовая экспертиза 382 проектов постановлений',
        'антикоррупционная экспертиза в отношении 365 нормативно',
        'Коррупциогенных факторов не выявлено.',
        '50 муниципальных служащих, в т.ч. 10 впервые поступивших на муниципальную службу и 1 муниципальный служащий',
        'было размещено 186 извещений об осуществлении закупки, из них 174 завершились',
        'заключено 170 контрактов',
        'составила, 228292,96 тыс. руб.',
        'составила 211260,42 тыс. руб.',
        'Экономия по результатам торгов составила 17032,54 тыс. руб. (7,46%)',
        'проведено 48 «прямых линий»',
        'проведено 76 публичных слушаний',
        '21.11.2024 в МБОУ «Пригородная ООШ имени Ошлыкова Е.В.»',
      ].filter((phrase) => !text.includes(phrase)),
    ).toEqual([]);

    // The data changes, the report follows: one more notice of other paid work and one gift notice in 2024.
    const employees = (await officer.get('/api/employees?isDeclarant=true&pageSize=1')).json().items;
    const notice = await officer.post('/api/journals/outside-work-notice/entries', {
      employeeId: employees[0].id,
      registeredOn: '2024-12-02',
      data: {
        contractType: 'civil',
        employerName: 'ГАПОУ «Кемеровский аграрный техникум»',
        workKind: 'teaching',
        duties: 'Преподавание',
        workStart: '2024-12-20',
      },
    });
    expect(notice.statusCode, notice.body).toBe(200);
    const gift = await officer.post('/api/journals/gift-notice/entries', {
      employeeId: employees[0].id,
      registeredOn: '2024-12-03',
      data: { receivedOn: '2024-12-02', eventName: 'Областной форум', giftName: 'Набор ручек', quantity: 1 },
    });
    expect(gift.statusCode, gift.body).toBe(200);
    const changed = await report();
    expect(changed).toContain('поступило 12 уведомлений о намерении выполнять иную оплачиваемую работу');
    expect(changed).not.toContain('уведомлений о получении подарков не поступало');
    expect(changed).toContain('поступило уведомлений о получении подарков — 1');
  });
});
