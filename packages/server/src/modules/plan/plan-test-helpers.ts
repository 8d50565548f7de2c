/** Test helpers of the plan module: multipart uploads and reading the text of a generated DOCX. */
import { docxToText } from '@antikor/engines/expertise';
import type { Client } from '../../test/test-app.js';

export function upload(client: Client, url: string, name: string, data: Buffer) {
  const boundary = '----plan-test';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request({
    method: 'POST',
    url,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

/** The DOCX's text with whitespace collapsed, for «contains» checks. */
export async function docxText(buffer: Buffer): Promise<string> {
  return (await docxToText(buffer)).replace(/\s+/g, ' ');
}
