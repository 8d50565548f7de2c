import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { deadlineView, deadlineWindow, nearestDeadline } from './deadline-state';
import type { EntryDeadline } from './journal-types';

const d = (over: Partial<EntryDeadline>): EntryDeadline => ({
  code: 'x',
  title: 'x',
  dueDate: '2024-05-13',
  basis: 'ПП РФ от 09.01.2014 № 10, п. 5',
  explanation: '',
  metAt: null,
  isLate: false,
  ...over,
});

describe('deadline window and state', () => {
  it('«скоро» counts 3 working days on the production calendar: Wed 08.05.2024 → 13, 14, 15 May (9–12 May are holidays and a weekend)', () => {
    expect(deadlineWindow(dayjs('2024-05-08T10:00:00'))).toEqual({ today: '2024-05-08', soon: '2024-05-15' });
  });

  it('overdue, soon, open, met, met late', () => {
    const w = { today: '2024-05-08', soon: '2024-05-14' };
    expect(deadlineView(d({ dueDate: '2024-05-07' }), w)).toBe('overdue');
    expect(deadlineView(d({ dueDate: '2024-05-08' }), w)).toBe('soon');
    expect(deadlineView(d({ dueDate: '2024-05-14' }), w)).toBe('soon');
    expect(deadlineView(d({ dueDate: '2024-05-15' }), w)).toBe('open');
    expect(deadlineView(d({ dueDate: '2024-05-01', metAt: '2024-04-30T05:00:00Z' }), w)).toBe('met');
    expect(deadlineView(d({ dueDate: '2024-05-01', metAt: '2024-05-03T05:00:00Z', isLate: true }), w)).toBe('late');
  });

  it('a list row shows the earliest unmet deadline, else one met late', () => {
    const notice = d({ code: 'notice', dueDate: '2024-05-13', metAt: '2024-05-10T05:00:00Z' });
    const handover = d({ code: 'handover', dueDate: '2024-05-20' });
    const buyout = d({ code: 'buyout', dueDate: '2024-07-20' });
    expect(nearestDeadline([notice, buyout, handover])?.code).toBe('handover');
    expect(nearestDeadline([notice])).toBeUndefined();
    expect(nearestDeadline([{ ...notice, isLate: true }])?.code).toBe('notice');
  });
});
