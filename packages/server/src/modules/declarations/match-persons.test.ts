import { buildPerson } from '@antikor/engines/spravki-bk';
import { describe, expect, it } from 'vitest';
import { CandidateIndex, matchFamily } from './match-persons.js';

const declarant = { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', birthDate: '1985-04-12' };
const form = (role: 'self' | 'spouse' | 'minor_child', p: typeof declarant) =>
  buildPerson({ year: 2024, role, ...p, declarant });
const index = new CandidateIndex([
  { id: 'o1', employeeId: 'e1', role: 'self', ...declarant },
  {
    id: 'o2',
    employeeId: 'e1',
    role: 'spouse',
    lastName: 'Петров',
    firstName: 'Олег',
    middleName: 'Иванович',
    birthDate: '1983-01-20',
  },
  {
    id: 'o3',
    employeeId: 'e1',
    role: 'minor_child',
    lastName: 'Петров',
    firstName: 'Иван',
    middleName: 'Олегович',
    birthDate: '2012-06-01',
  },
  {
    id: 'o4',
    employeeId: 'e2',
    role: 'self',
    lastName: 'Сидоров',
    firstName: 'Олег',
    middleName: 'Иванович',
    birthDate: '1979-11-02',
  },
]);

describe('matching package forms to HR data', () => {
  it('matches the declarant and family by name and birth date', () => {
    const m = matchFamily(
      [
        form('self', declarant),
        form('spouse', { lastName: 'Петров', firstName: 'Олег', middleName: 'Иванович', birthDate: '1983-01-20' }),
        form('minor_child', { lastName: 'Петров', firstName: 'Иван', middleName: 'Олегович', birthDate: '2012-06-01' }),
      ],
      index,
    );
    expect(m.employeeId).toBe('e1');
    expect(m.persons.map((p) => [p.obligationId, p.status])).toEqual([
      ['o1', 'matched'],
      ['o2', 'matched'],
      ['o3', 'matched'],
    ]);
  });

  it('shows a wrong birth date and a changed surname as mismatches, not silent failures', () => {
    const m = matchFamily(
      [
        form('self', { ...declarant, birthDate: '1985-04-21' }),
        form('minor_child', {
          lastName: 'Петрова',
          firstName: 'Иван',
          middleName: 'Олегович',
          birthDate: '2012-06-01',
        }),
      ],
      index,
    );
    expect(m.persons[0]).toMatchObject({ obligationId: 'o1', status: 'mismatch' });
    expect(m.persons[0].notes[0]).toBe('Дата рождения: в справке 21.04.1985, в кадровых данных 12.04.1985');
    expect(m.persons[1].status).toBe('mismatch');
    expect(m.persons[1].notes).toContain('Фамилия: в справке «Петрова», в кадровых данных «Петров»');
    const married = matchFamily([form('self', { ...declarant, lastName: 'Иванова' })], index);
    expect(married.persons[0].notes[0]).toBe('Фамилия: в справке «Иванова», в кадровых данных «Петрова»');
  });

  it('leaves strangers unmatched with the reason', () => {
    const m = matchFamily(
      [form('self', { lastName: 'Кузнецов', firstName: 'Пётр', middleName: 'Ильич', birthDate: '1970-01-01' })],
      index,
    );
    expect(m.employeeId).toBeNull();
    expect(m.persons[0].status).toBe('unmatched');
    expect(m.persons[0].notes[0]).toMatch(/не найден среди лиц, обязанных представить сведения/);
    const child = matchFamily(
      [
        form('self', declarant),
        form('minor_child', {
          lastName: 'Петрова',
          firstName: 'Мария',
          middleName: 'Олеговна',
          birthDate: '2016-02-02',
        }),
      ],
      index,
    );
    expect(child.persons[1]).toMatchObject({ obligationId: null, status: 'unmatched' });
  });
});
