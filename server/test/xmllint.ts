import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The official REFI-QDA schemas (public, from the REFI standard), kept beside the tests. */
export const REFI_SCHEMA = {
  codebook: fileURLToPath(new URL('./refi/Codebook.xsd', import.meta.url)),
  project: fileURLToPath(new URL('./refi/Project-mrt2019.xsd', import.meta.url)),
};

/**
 * Validates a document against an XML Schema with libxml2's xmllint (`npm test` installs it when missing).
 * Returns xmllint's complaints, one per line; an empty list means the document is valid.
 */
export function xmllintErrors(xml: string, schemaPath: string): string[] {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schemaPath, '-'], { input: xml, encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint could not be run (${run.error.message}): npm test installs it (Debian: libxml2-utils)`);
  if (run.status === 0) return [];
  return run.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.endsWith('fails to validate'));
}
