import type { FastifyInstance } from 'fastify';
import type { ImportJobView } from '../../../shared/imports.js';
import { uploadForm } from '../../test/upload.js';

export async function upload(app: FastifyInstance, cookie: string, filename: string, content: Buffer | string) {
  return app.inject({ method: 'POST', url: '/api/v1/imports', payload: uploadForm({ name: filename, content }), headers: { cookie } });
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
