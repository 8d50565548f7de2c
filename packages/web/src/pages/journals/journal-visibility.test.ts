import { journalDefinitions, type Role, roles } from '@antikor/core';
import { describe, expect, it } from 'vitest';
// The server is the authority on who opens which journal; the menu's mirror must agree with it.
import { journalsVisibleTo } from '../../../../server/src/modules/journals/journal-access';
import { opensAsRegister, seesDeadlines, selfServiceJournals } from './journal-visibility';

const actor = (r: Role[], employeeId: string | null) =>
  ({ roles: r, employeeId, subdivisionId: null, orgId: 'o', orgIds: ['o'], userId: 'u' }) as never;

describe('menu visibility mirrors the server (journal-access.ts)', () => {
  for (const role of roles) {
    for (const employeeId of [null, '00000000-0000-4000-8000-000000000001']) {
      it(`${role}${employeeId ? ' with an employee card' : ''}`, () => {
        const user = { roles: [role], employeeId };
        const server = journalsVisibleTo(actor([role], employeeId), journalDefinitions).map((d) => d.code);
        const menu = journalDefinitions
          .filter((d) => opensAsRegister(user, d) || selfServiceJournals(user).includes(d))
          .map((d) => d.code);
        expect(menu).toEqual(server);
      });
    }
  }

  it('a municipal employee files the four self-service notices and keeps no register', () => {
    const user = { roles: ['employee' as const], employeeId: 'e' };
    expect(journalDefinitions.filter((d) => opensAsRegister(user, d))).toEqual([]);
    expect(selfServiceJournals(user).map((d) => d.code)).toEqual([
      'coi-notice',
      'outside-work-notice',
      'gift-notice',
      'inducement-notice',
    ]);
    expect(seesDeadlines(user)).toBe(true);
  });

  it('an inducement notice stays hidden from the notifier’s head (273-ФЗ ст. 9 ч. 4)', () => {
    const executor = { roles: ['responsible_executor' as const], employeeId: null };
    const visible = journalDefinitions.filter((d) => opensAsRegister(executor, d)).map((d) => d.code);
    expect(visible).toContain('gift-notice');
    expect(visible).not.toContain('inducement-notice');
  });
});
