import { type ErrorCode, errorStatus, type FieldIssue } from '@antikor/core';

/** The one error type of the server (style.md §5). `message` is Russian: users read it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: FieldIssue[];
  constructor(code: ErrorCode, message: string, details?: FieldIssue[]) {
    super(message);
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = 'Запись') => new AppError('NOT_FOUND', `${what} не найдена`);
export const forbidden = (message = 'Недостаточно прав для этого действия') => new AppError('FORBIDDEN', message);
