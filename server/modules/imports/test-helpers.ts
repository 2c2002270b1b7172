import type { FastifyInstance } from 'fastify';
import type { ImportJobView } from '../../../shared/imports.js';

/** A multipart/form-data body with one file, as a browser sends it. */
export function multipart(filename: string, content: Buffer | string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----impact${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function upload(app: FastifyInstance, cookie: string, filename: string, content: Buffer | string) {
  const { payload, headers } = multipart(filename, content);
  return app.inject({ method: 'POST', url: '/api/v1/imports', payload, headers: { ...headers, cookie } });
}

const FINAL = ['done', 'rejected', 'failed'];

/** Polls the import as the web page does until it has ended (the import runs in the background). */
export async function waitForImport(app: FastifyInstance, cookie: string, id: string): Promise<ImportJobView> {
  for (let i = 0; i < 2000; i++) {
    const res = await app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: { cookie } });
    const job = res.json() as ImportJobView;
    if (FINAL.includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${id} did not end`);
}

/** Uploads, starts with the given mode and waits for the end. */
export async function importFile(app: FastifyInstance, cookie: string, filename: string, content: Buffer | string, mode: 'nothing' | 'good_rows' = 'nothing') {
  const res = await upload(app, cookie, filename, content);
  if (res.statusCode !== 202) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  const id = (res.json() as ImportJobView).id;
  const start = await app.inject({ method: 'POST', url: `/api/v1/imports/${id}/start`, payload: { mode }, headers: { cookie } });
  if (start.statusCode !== 202) throw new Error(`start: ${start.statusCode} ${start.body}`);
  return waitForImport(app, cookie, id);
}
