import { describe, expect, it } from 'vitest';
import { seedCommissionCase, seedCommissionComposition, seedCommissionMeeting } from '../../seed/commission-factory.js';
import { createTestOrg } from '../../test/test-app.js';
import { commissionFigures } from './figures.js';

describe('commissionFigures (annual report, measure 1.1)', () => {
  it('counts meetings held in the period and distinct persons considered at them', async () => {
    const t = await createTestOrg();
    const other = await createTestOrg();
    const { composition, members } = await seedCommissionComposition(t.db, {
      orgId: t.org.id,
      title: 'Распоряжение № 1',
      validFrom: '2024-01-01',
      members: [
        { role: 'chair', fullName: 'Председатель', position: 'Заместитель главы' },
        { role: 'secretary', fullName: 'Секретарь', position: 'Начальник отдела' },
        { role: 'member', fullName: 'Независимый', position: 'Доцент', isIndependent: true },
      ],
    });
    const present = members.map((m) => m.id);
    const meet = async (
      date: string,
      status: 'held' | 'scheduled',
      caseIds: string[],
      outcome: 'decided' | 'postponed' = 'decided',
    ) =>
      seedCommissionMeeting(t.db, {
        orgId: t.org.id,
        compositionId: composition.id,
        meetingDate: date,
        place: 'каб. 1',
        status,
        scheduledOn: date,
        presentMemberIds: present,
        items: caseIds.map((caseId) => ({
          caseId,
          outcome,
          decision: outcome === 'decided' ? 'objective' : null,
          decisionText: 'Обоснование',
        })),
      });
    const kase = (employeeId: string | null, receivedOn: string, subjectName?: string) =>
      seedCommissionCase(t.db, {
        orgId: t.org.id,
        ground: '16b_3',
        receivedOn,
        employeeId,
        subjectName,
        summary: 'Заявление',
      });
    const a1 = await kase(t.empA.id, '2024-04-01');
    const a2 = await kase(t.empA.id, '2024-09-01');
    const b1 = await kase(t.empB.id, '2024-04-02');
    const former = await kase(null, '2024-05-01', 'Бывший служащий Н. Н., ведущий специалист');
    await meet('2024-04-20', 'held', [a1.id, b1.id]);
    await meet('2024-05-20', 'held', [former.id], 'postponed'); // put off, yet considered at a held meeting
    await meet('2024-09-20', 'held', [a2.id]); // the same employee again
    await meet('2024-12-31', 'held', []); // held on the last day of the period, no items
    await meet('2024-12-25', 'scheduled', [former.id]); // not held
    await meet('2025-01-15', 'held', [former.id]); // outside the period
    expect(await commissionFigures(t.db, [t.org.id], '2024-01-01', '2024-12-31')).toEqual({
      meetings: 4,
      employeesConsidered: 3,
    });
    expect(await commissionFigures(t.db, [t.org.id], '2024-04-20', '2024-04-20')).toEqual({
      meetings: 1,
      employeesConsidered: 2,
    });
    expect(await commissionFigures(t.db, [other.org.id], '2024-01-01', '2024-12-31')).toEqual({
      meetings: 0,
      employeesConsidered: 0,
    });
    expect(await commissionFigures(t.db, [], '2024-01-01', '2024-12-31')).toEqual({
      meetings: 0,
      employeesConsidered: 0,
    });
  });
});
