import { z } from 'zod';

/**
 * Audit record types (style.md §11: a typed union). `*.read` types are reads of another person's
 * personal data (152-ФЗ); everything else is a write or a security event.
 */
export const auditTypes = [
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.logout',
  'auth.password_changed',
  'user.created',
  'user.updated',
  'user.password_reset',
  'organisation.created',
  'organisation.updated',
  'subdivision.created',
  'subdivision.updated',
  'position.created',
  'position.updated',
  'employee.created',
  'employee.updated',
  'employee.read',
  'employee.listed',
  'employee.exported',
  'relative.created',
  'relative.updated',
  'relative.deleted',
  'staff_import.committed',
  'audit.read',
  'journal.registered',
  'journal.updated',
  'journal.transitioned',
  'journal.read',
  'journal.exported',
  'journal.attachment_added',
  'journal.attachment_read',
  'journal.comment_added',
] as const;
export type AuditType = (typeof auditTypes)[number];

export const auditTypeLabels: Record<AuditType, string> = {
  'auth.login': 'Вход в систему',
  'auth.login_failed': 'Неудачная попытка входа',
  'auth.locked': 'Учётная запись заблокирована',
  'auth.logout': 'Выход из системы',
  'auth.password_changed': 'Смена пароля',
  'user.created': 'Создан пользователь',
  'user.updated': 'Изменён пользователь',
  'user.password_reset': 'Сброшен пароль',
  'organisation.created': 'Создана организация',
  'organisation.updated': 'Изменена организация',
  'subdivision.created': 'Создано подразделение',
  'subdivision.updated': 'Изменено подразделение',
  'position.created': 'Создана должность',
  'position.updated': 'Изменена должность',
  'employee.created': 'Добавлен сотрудник',
  'employee.updated': 'Изменены данные сотрудника',
  'employee.read': 'Просмотр персональных данных сотрудника',
  'employee.listed': 'Просмотр списка сотрудников',
  'employee.exported': 'Выгрузка списка сотрудников',
  'relative.created': 'Добавлен родственник',
  'relative.updated': 'Изменены данные родственника',
  'relative.deleted': 'Удалён родственник',
  'staff_import.committed': 'Импорт штатного списка',
  'audit.read': 'Просмотр журнала аудита',
  'journal.registered': 'Зарегистрирована запись журнала',
  'journal.updated': 'Изменена запись журнала',
  'journal.transitioned': 'Изменён статус записи журнала',
  'journal.read': 'Просмотр записи журнала',
  'journal.exported': 'Выгрузка журнала',
  'journal.attachment_added': 'Добавлено вложение',
  'journal.attachment_read': 'Просмотр вложения',
  'journal.comment_added': 'Добавлен комментарий',
};

export const auditRecord = z.object({
  id: z.number().int(),
  at: z.string(),
  orgId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorLogin: z.string().nullable(),
  ip: z.string().nullable(),
  type: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditRecord = z.infer<typeof auditRecord>;

export const auditQuery = z.object({
  type: z.string().max(50).optional(),
  actorId: z.string().uuid().optional(),
  entityId: z.string().max(100).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});
