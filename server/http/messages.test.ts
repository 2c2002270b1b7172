import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { MESSAGES } from '../../shared/messages.js';

// Every key the server can put in a problem (its `code`, or a field error's `message`) must have a
// Dutch and an English text in shared/messages.ts, the one catalogue the server and the web read.
// The keys are read from the source: the `message` of every zod schema and field error, and the
// keys given to AppError and its helpers. Keys built from a template (`refi.${code}`) are checked
// by the compiler instead: AppError takes only catalogue keys.

const ROOTS = ['server', 'shared'];
const HELPERS = new Map([
  ['notFound', 0],
  ['forbidden', 0],
  ['conflict', 0],
  ['invalid', 1],
]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !full.includes(`${path.sep}migrations${path.sep}`) ? [full] : [];
  });
}

/** The message keys a file passes to zod, field errors and AppError, with where they are. */
function keysIn(file: string): { key: string; at: string }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { key: string; at: string }[] = [];
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node) && !ts.isTemplateExpression(node)) {
      found.push({ key: node.text, at: `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}` });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'message') add(node.initializer);
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'AppError') add(node.arguments?.[1]);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && HELPERS.has(node.expression.text))
      add(node.arguments[HELPERS.get(node.expression.text)!]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const used = ROOTS.flatMap((root) => sourceFiles(root)).flatMap(keysIn);

describe('the catalogue of error texts', () => {
  test('the scan finds the keys of the schemas, the field errors and the services', () => {
    const keys = new Set(used.map((u) => u.key));
    // one of each kind: a zod message in shared/, a service's not-found, a service's field error
    expect(keys).toContain('validation.required');
    expect(keys).toContain('project.not_found');
    expect(keys).toContain('participant.email_taken');
  });

  test('every key the server can send has a text in Dutch and English', () => {
    const missing = used.filter((u) => !Object.hasOwn(MESSAGES, u.key)).map((u) => `${u.key} (${u.at})`);
    expect(missing).toEqual([]);
  });

  test('no text is empty', () => {
    const empty = Object.entries(MESSAGES)
      .filter(([, texts]) => !texts.nl.trim() || !texts.en.trim())
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
