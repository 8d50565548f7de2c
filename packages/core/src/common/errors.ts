/**
 * The closed set of error codes the API answers with (style.md §5). The server maps each code to an
 * HTTP status; the web client shows `message` (Russian) and, for VALIDATION, the per-field `details`.
 */
export const errorCodes = [
  'VALIDATION', // 400
  'UNAUTHENTICATED', // 401
  'INVALID_CREDENTIALS', // 401
  'CSRF', // 403
  'FORBIDDEN', // 403
  'NOT_FOUND', // 404
  'CONFLICT', // 409
  'INVALID_TRANSITION', // 409
  'PAYLOAD_TOO_LARGE', // 413
  'UNPROCESSABLE', // 422: a file that parsed but whose rows are bad (details name row and field)
  'ACCOUNT_LOCKED', // 423
  'RATE_LIMITED', // 429
  'INTERNAL', // 500
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorStatus: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** One problem with one field of the input; `row` is 1-based in the file when the input is a file. */
export type FieldIssue = { file?: string; row?: number; field: string; message: string };

/** The body of every error response. */
export type ErrorBody = { code: ErrorCode; message: string; details?: FieldIssue[]; requestId?: string };
