/** Headers of a file the API hands out (Excel exports, Word documents, attachments). */
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `Content-Disposition` for a download with a Russian file name (RFC 6266 / 5987 `filename*`). */
export const attachmentName = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
