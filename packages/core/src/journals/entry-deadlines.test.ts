import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/production-calendar.js';
import { computeEntryDeadlines } from './entry-deadlines.js';
import { findJournal } from './registry.js';

const gift = findJournal('gift-notice')!;
const coi = findJournal('coi-notice')!;

describe('computeEntryDeadlines', () => {
  it('counts the 5-working-day hand-over of a gift across the May holidays of 2024', () => {
    // Registered Friday 26.04.2024: Sat 27.04 is a working Saturday, 29.04–01.05 are days off.
    const dl = computeEntryDeadlines(
      defaultCalendar,
      gift,
      { status: 'registered', registeredOn: '2024-04-26', data: { receivedOn: '2024-04-24', declaredValue: 5000 } },
      '2024-04-26T10:00:00Z',
    );
    const handover = dl.find((d) => d.code === 'handover')!;
    expect(handover.dueDate).toBe('2024-05-07');
    expect(handover.basis).toMatch(/№ 10/);
    expect(handover.metAt).toBeNull();
    expect(handover.explanation).toContain('07.05.2024');
  });

  it('skips the hand-over for a gift declared at 3 000 ₽ or less, and flags a late notice', () => {
    const dl = computeEntryDeadlines(
      defaultCalendar,
      gift,
      { status: 'registered', registeredOn: '2024-05-14', data: { receivedOn: '2024-05-06', declaredValue: 2500 } },
      '2024-05-14T10:00:00Z',
    );
    expect(dl.map((d) => d.code)).toEqual(['notice']);
    // 3 working days from 06.05.2024: 07.05, 08.05, 13.05 (09–10.05 off).
    expect(dl[0]).toMatchObject({ dueDate: '2024-05-13', isLate: true });
  });

  it('meets the motivated conclusion when the entry reaches «concluded», keeping the first moment', () => {
    const open = computeEntryDeadlines(
      defaultCalendar,
      coi,
      { status: 'preliminary_review', registeredOn: '2024-12-25', data: {} },
      '2025-01-14T09:00:00Z',
    );
    // 7 working days from 25.12.2024: 26, 27, 28 (working Sat), 09.01, 10.01, 13.01, 14.01.
    expect(open[0]).toMatchObject({ dueDate: '2025-01-14', metAt: null, isLate: false });
    const met = computeEntryDeadlines(
      defaultCalendar,
      coi,
      { status: 'closed', registeredOn: '2024-12-25', data: {}, metAt: { conclusion: '2025-01-10T08:00:00Z' } },
      '2025-02-01T09:00:00Z',
    );
    expect(met[0]).toMatchObject({ metAt: '2025-01-10T08:00:00Z', isLate: false });
  });

  it("uses the organisation's own rule when the municipal act sets another term", () => {
    const dl = computeEntryDeadlines(
      defaultCalendar,
      coi,
      { status: 'registered', registeredOn: '2024-03-01', data: {} },
      '2024-03-01T09:00:00Z',
      {
        'coi.motivated_conclusion': {
          kind: 'working_days',
          amount: 5,
          shift: 'next',
          basis: 'Порядок администрации, п. 12',
          description: '5 рабочих дней',
        },
      },
    );
    expect(dl[0]).toMatchObject({ dueDate: '2024-03-11', basis: 'Порядок администрации, п. 12' });
  });
});
