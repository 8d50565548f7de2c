import { type JournalDefinition, journalDefinitions, type User } from '@antikor/core';

type Who = Pick<User, 'roles' | 'employeeId'>;

/**
 * Does the user keep or read the journal as a register (not only their own notices)? Mirrors
 * `assertJournalVisible` of the server (modules/journals/journal-access.ts), which stays the authority:
 * the pages ask `GET /api/journals`; this only decides which menu items to draw without a request.
 */
export function opensAsRegister(user: Who, def: JournalDefinition): boolean {
  return (
    user.roles.some((r) => def.readRoles.includes(r) || def.registerRoles.includes(r)) ||
    (user.roles.includes('responsible_executor') && !def.isConfidential && def.subject !== 'none')
  );
}

/** Journals in which the user files notices about themself (самообслуживание муниципального служащего). */
export function selfServiceJournals(user: Who): JournalDefinition[] {
  return user.employeeId ? journalDefinitions.filter((d) => d.selfService) : [];
}

/** Does any journal the user may open have deadlines (then «Сроки» is worth a menu item)? */
export function seesDeadlines(user: Who): boolean {
  return journalDefinitions.some(
    (d) => d.deadlines.length > 0 && (opensAsRegister(user, d) || (d.selfService && !!user.employeeId)),
  );
}
