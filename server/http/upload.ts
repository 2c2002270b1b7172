import type { FastifyRequest } from 'fastify';
import { PRODUCT_FILE_MAX_BYTES } from '../../shared/after-project.js';

/**
 * Reads a multipart/form-data request into `req.body` before validation: its fields as strings
 * (a field sent more than once as a list) and its one file as `{ filename, mimetype, data }`, so
 * that the route's zod schema checks an upload like any other body. The file is read up to
 * `maxFileBytes`; a larger one, a second file or too many fields answer 413.
 */
export function readMultipart(maxFileBytes: number) {
  return async (req: FastifyRequest) => {
    if (!req.isMultipart()) return; // a JSON body, say: the schema will answer that the file is missing
    const body: Record<string, unknown> = {};
    for await (const part of req.parts({ limits: { fileSize: maxFileBytes, files: 1 } })) {
      if (part.type === 'file') {
        body[part.fieldname] = { filename: part.filename, mimetype: part.mimetype, data: await part.toBuffer() };
        continue;
      }
      const value = typeof part.value === 'string' ? part.value : String(part.value);
      const earlier = body[part.fieldname];
      body[part.fieldname] = earlier === undefined ? value : Array.isArray(earlier) ? [...earlier, value] : [earlier, value];
    }
    req.body = body;
  };
}

/** The upload limits of the routes that take files. */
export const UPLOAD_LIMITS = {
  /** a transcript: .txt, .md or .docx */
  source: 10 * 1024 * 1024,
  /** a participant list: .csv or .xlsx */
  participants: 10 * 1024 * 1024,
  /** a REFI-QDA codebook (.qdc) */
  codebook: 10 * 1024 * 1024,
  /** a REFI-QDA project (.qdpx): sources with their codings, zipped */
  project: 50 * 1024 * 1024,
  /** a product's file for its public page (the web says the same limit before uploading) */
  product: PRODUCT_FILE_MAX_BYTES,
} as const;
