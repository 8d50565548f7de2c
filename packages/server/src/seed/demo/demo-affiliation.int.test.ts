import { withInnCheckDigits } from '@antikor/engines/affiliation';
import { describe, expect, it } from 'vitest';
import { createTestOrg } from '../../test/test-app.js';
import { seedEmployee, seedRelative } from '../factories.js';
import { loadDemoAffiliation } from './demo-affiliation.js';

describe('demo affiliation', () => {
  it('plants a director sister, a founder spouse, an entrepreneur employee and a shared mobile, and leaves the namesake out', async () => {
    const t = await createTestOrg();
    const emp = (n: number, person: Parameters<typeof seedEmployee>[1]['person']) =>
      seedEmployee(t.db, {
        orgId: t.org.id,
        positionId: t.posA.id,
        subdivisionId: t.subA.id,
        personnelNumber: `0000${n}`,
        person,
      });
    const e1 = await emp(1, {
      lastName: 'Ветрова',
      firstName: 'Ольга',
      middleName: 'Петровна',
      birthDate: '1980-02-02',
      inn: withInnCheckDigits('4201000001'),
      phones: ['+7 (3842) 75-11-11', '+7 (905) 111-22-33'],
    });
    await seedRelative(t.db, {
      orgId: t.org.id,
      employeeId: e1.id,
      relation: 'sister',
      person: {
        lastName: 'Ветрова',
        firstName: 'Ирина',
        middleName: 'Петровна',
        birthDate: '1983-03-07',
        inn: withInnCheckDigits('4201000002'),
      },
    });
    const e2 = await emp(2, {
      lastName: 'Гусев',
      firstName: 'Николай',
      middleName: 'Ильич',
      birthDate: '1975-05-05',
      inn: withInnCheckDigits('4201000003'),
      phones: ['+7 (3842) 75-22-22', '+7 (913) 222-33-44'],
    });
    await seedRelative(t.db, {
      orgId: t.org.id,
      employeeId: e2.id,
      relation: 'spouse',
      person: { lastName: 'Гусева', firstName: 'Алла', middleName: 'Борисовна', birthDate: '1977-07-07' },
    });
    await emp(3, {
      lastName: 'Зайцев',
      firstName: 'Роман',
      middleName: 'Олегович',
      birthDate: '1985-08-08',
      inn: withInnCheckDigits('4201000004'),
      phones: ['+7 (3842) 75-33-33', '+7 (950) 333-44-55'],
    });
    await emp(4, {
      lastName: 'Крылова',
      firstName: 'Дарья',
      middleName: 'Юрьевна',
      birthDate: '1990-09-09',
      phones: ['+7 (3842) 75-44-44', '+7 (951) 444-55-66'],
    });
    await emp(5, { lastName: 'Лосев', firstName: 'Степан', middleName: 'Ильич', birthDate: '1970-10-10' });
    await loadDemoAffiliation(t.db, t.org.id);

    const officer = await t.as('anticorruption_officer');
    const links = (await officer.get('/api/affiliation/links?pageSize=100')).json().items as {
      person: { name: string; relation: string };
      counterparty: { companyName: string; role: string };
    }[];
    const found = links.map((l) => `${l.person.name} → ${l.counterparty.companyName} (${l.counterparty.role})`);
    expect(found).toEqual(
      expect.arrayContaining([
        'Ветрова Ирина Петровна → ООО «СтройВектор» (director)',
        'Гусева Алла Борисовна → ООО «Кузбасс-Снаб» (founder)',
        'Зайцев Роман Олегович → ИП Зайцев Р. О. (entrepreneur)',
        'Гусев Николай Ильич → ООО «ТеплоСервис» (contact)',
      ]),
    );
    expect(found.some((f) => f.includes('Меридиан-Н'))).toBe(false);
    const runs = (await officer.get('/api/affiliation/runs')).json();
    expect(runs.items[0]).toMatchObject({ number: 1, trigger: 'demo' });
    expect((await officer.get('/api/affiliation/loss-of-trust')).json().total).toBe(3);
    expect((await officer.get('/api/affiliation/counterparties?pageSize=1')).json().total).toBeGreaterThan(60);
  });
});
