/**
 * Roles of Antikor users (architecture.md, "Users (roles)"). Stored as strings, never integers.
 * A user may hold several roles; access is the union of what the roles allow, always within the
 * user's organisation (and, for a responsible executor, within their subdivision).
 */
export const roles = [
  'admin', // системный администратор
  'anticorruption_officer', // отдел по профилактике коррупционных правонарушений
  'hr_officer', // отдел кадров
  'legal', // правовое управление
  'contract_service', // контрактная служба
  'responsible_executor', // ответственный исполнитель структурного подразделения
  'commission_member', // член комиссии по соблюдению требований к служебному поведению
  'head', // глава / заместитель главы (представитель нанимателя)
  'employee', // муниципальный служащий (самообслуживание)
  'regional_supervisor', // куратор региона: сводные данные по муниципалитетам
] as const;

export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Администратор системы',
  anticorruption_officer: 'Специалист по профилактике коррупции',
  hr_officer: 'Кадровая служба',
  legal: 'Правовое управление',
  contract_service: 'Контрактная служба',
  responsible_executor: 'Ответственный исполнитель подразделения',
  commission_member: 'Член комиссии',
  head: 'Глава / заместитель главы',
  employee: 'Муниципальный служащий',
  regional_supervisor: 'Куратор региона',
};

/** Roles that see the personal data of every employee of their organisation. */
export const orgWideStaffRoles: readonly Role[] = ['admin', 'anticorruption_officer', 'hr_officer'];

/** Permissions checked by the server; the web client uses the same table to hide what a user cannot do. */
export type Permission =
  | 'org.read'
  | 'org.manage' // organisations, subdivisions, positions
  | 'staff.read' // employees and relatives (scoped: see staffScope)
  | 'staff.manage'
  | 'staff.import'
  | 'users.manage'
  | 'affiliation.review' // the affiliation queue: links with evidence, decisions, profiles, candidate checks
  | 'affiliation.manage' // counterparty and register imports, checks
  | 'audit.read'
  | 'commission.read' // commission cases, meetings, protocols (Указ № 821)
  | 'commission.manage' // keep the commission's work: cases, meetings, composition (the secretary)
  | 'plan.read' // the anti-corruption plan, control dates, execution status, indicators
  | 'plan.manage' // edit plans, enter yearly figures by hand, produce the annual report
  | 'plan.report' // write and submit the execution report of one's own subdivision
  | 'plan.review' // accept or return subdivisions' execution reports
  | 'declarations.status' // the campaign at a glance: who filed, not what (heads, HR)
  | 'declarations.manage'; // declarations' contents, imports, analysis, publication (the officer only)

const grants: Record<Role, readonly Permission[]> = {
  admin: [
    'org.read',
    'org.manage',
    'staff.read',
    'staff.manage',
    'staff.import',
    'users.manage',
    'audit.read',
    'commission.read',
    'commission.manage',
    'plan.read',
    'plan.manage',
    'plan.report',
    'plan.review',
    'affiliation.review',
    'affiliation.manage',
  ],
  anticorruption_officer: [
    'org.read',
    'org.manage',
    'staff.read',
    'staff.manage',
    'staff.import',
    'audit.read',
    'commission.read',
    'commission.manage',
    'plan.read',
    'plan.manage',
    'plan.report',
    'plan.review',
    'affiliation.review',
    'affiliation.manage',
    'declarations.status',
    'declarations.manage',
  ],
  hr_officer: [
    'org.read',
    'org.manage',
    'staff.read',
    'staff.manage',
    'staff.import',
    'plan.read',
    'plan.report',
    'declarations.status',
  ],
  legal: ['org.read', 'plan.read', 'plan.report'],
  contract_service: ['org.read', 'plan.read', 'plan.report'],
  responsible_executor: ['org.read', 'staff.read', 'plan.read', 'plan.report'],
  commission_member: ['org.read', 'commission.read'],
  head: ['org.read', 'staff.read', 'commission.read', 'plan.read', 'declarations.status'],
  employee: ['org.read'],
  regional_supervisor: ['org.read', 'plan.read'],
};

/** True when any of the roles grants the permission. */
export function hasPermission(userRoles: readonly Role[], permission: Permission): boolean {
  return userRoles.some((r) => grants[r].includes(permission));
}

/**
 * Which employees a user may see: the whole organisation, or only their own subdivision
 * (a responsible executor sees the work of their subdivision — issue 2), or nobody but themselves.
 */
export type StaffScope = 'organisation' | 'subdivision' | 'self';

export function staffScope(userRoles: readonly Role[]): StaffScope {
  if (userRoles.some((r) => orgWideStaffRoles.includes(r) || r === 'head')) return 'organisation';
  if (userRoles.includes('responsible_executor')) return 'subdivision';
  return 'self';
}
