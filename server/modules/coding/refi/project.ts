import JSZip from 'jszip';
import { capitalise, codeNodes, declareGuid, DEFAULT_ORIGIN, readCodes, readDescription, readGuid, requireGuid, requireRoot } from './codebook.js';
import { quote, RefiFormatError } from './errors.js';
import { codePointIndex, codePointLength, decodeText, normaliseLineEndings } from './text.js';
import type {
  RefiCase,
  RefiCode,
  RefiCoding,
  RefiIgnoredItem,
  RefiProject,
  RefiSelection,
  RefiSource,
  RefiUser,
  RefiVariable,
  RefiVariableType,
  RefiVariableValue,
} from './types.js';
import { guidKey, isDateTime, isGuid, isValidVariableValue, VALUE_ELEMENT, VARIABLE_TYPES, canonicalGuid } from './values.js';
import { childrenNamed, firstChild, parseXmlDocument, serialiseDocument, type XmlElement, type XmlNode } from './xml.js';
import { DEFAULT_ZIP_LIMITS, SafeZip, type ZipLimits } from './zip.js';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
const SCHEMA_LOCATION = 'urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd';

/** Selection names default to the selected text, shortened to this many code points. */
const NAME_EXCERPT_LENGTH = 100;

// =============================================================================================
// Export

function checkDate(value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isDateTime(value)) {
    throw new RefiFormatError(
      'invalid_value',
      `Cannot export: ${what} has creation date ${quote(value)}, which is not an XML date-time such as 2026-03-01T10:00:00Z.`,
      { value },
    );
  }
  return value;
}

function excerpt(text: string, index: Uint32Array, start: number, end: number): string {
  const cut = Math.min(end, start + NAME_EXCERPT_LENGTH);
  const s = text.slice(index[start], index[cut]).replace(/\s+/g, ' ').trim();
  return cut < end ? `${s}…` : s;
}

/**
 * A REFI-QDA project archive (`.qdpx`): `project.qde` following Project-mrt2019.xsd, with each
 * source's text in `sources/<guid>.txt` (UTF-8, no BOM), referenced as `internal://<guid>.txt`.
 * The GUIDs given are written as they are, so a re-export of the same data is identical in
 * content. Inconsistent input (an unknown code, user, variable or source, a span outside its
 * text, a bad GUID, colour or date) is a RefiFormatError rather than a file other programs reject.
 */
export async function buildProjectQdpx(project: RefiProject): Promise<Buffer> {
  const seen = new Map<string, string>();
  const declare = (guid: string, what: string): string => {
    const g = requireGuid(guid, what);
    declareGuid(seen, g, what, true);
    return g;
  };

  const userKeys = new Set<string>();
  const userNodes: XmlNode[] = project.users.map((user) => {
    const guid = declare(user.guid, `user ${quote(user.name)}`);
    userKeys.add(guidKey(guid));
    return {
      name: 'User',
      attrs: [
        ['guid', guid],
        ['name', user.name],
      ],
    };
  });
  const userRef = (guid: string | undefined, what: string): string | undefined => {
    if (guid === undefined) return undefined;
    const g = requireGuid(guid, `the creator of ${what}`);
    if (!userKeys.has(guidKey(g))) {
      throw new RefiFormatError('unknown_reference', `Cannot export: ${what} names creator ${g}, who is not among the project's users.`, { guid: g });
    }
    return g;
  };

  const codeKeys = new Set<string>();
  const collectCodes = (codes: RefiCode[]): void => {
    for (const c of codes) {
      codeKeys.add(guidKey(c.guid));
      collectCodes(c.children);
    }
  };
  const codeTree = codeNodes(project.codebook, seen);
  collectCodes(project.codebook);

  const variableTypes = new Map<string, RefiVariableType>();
  const variableNodes: XmlNode[] = project.variables.map((variable) => {
    const guid = declare(variable.guid, `variable ${quote(variable.name)}`);
    if (!VARIABLE_TYPES.includes(variable.typeOfVariable)) {
      throw new RefiFormatError(
        'invalid_value',
        `Cannot export: variable ${quote(variable.name)} has type ${quote(String(variable.typeOfVariable))}, which REFI-QDA does not know.`,
        { value: String(variable.typeOfVariable) },
      );
    }
    variableTypes.set(guidKey(guid), variable.typeOfVariable);
    return {
      name: 'Variable',
      attrs: [
        ['guid', guid],
        ['name', variable.name],
        ['typeOfVariable', variable.typeOfVariable],
      ],
    };
  });
  const valueNodes = (values: RefiVariableValue[] | undefined, what: string): XmlNode[] =>
    (values ?? []).map(({ variableGuid, value }) => {
      const guid = requireGuid(variableGuid, `a variable value of ${what}`);
      const type = variableTypes.get(guidKey(guid));
      if (type === undefined) {
        throw new RefiFormatError('unknown_reference', `Cannot export: ${what} has a value for variable ${guid}, which is not among the project's variables.`, {
          guid,
        });
      }
      if (!isValidVariableValue(type, value)) {
        throw new RefiFormatError('invalid_value', `Cannot export: ${what} has value ${quote(value)} for a ${type} variable.`, { value, type });
      }
      return {
        name: 'VariableValue',
        children: [
          { name: 'VariableRef', attrs: [['targetGUID', guid]] },
          { name: VALUE_ELEMENT[type], text: type === 'Text' ? value : value.trim() },
        ],
      };
    });

  // Sources first (GUIDs of the cases' SourceRefs must resolve), written after Cases below.
  const files: { path: string; text: string }[] = [];
  const sourceKeys = new Set<string>();
  const sourceNodes: XmlNode[] = project.sources.map((source) => {
    const sourceWhat = `source ${quote(source.name)}`;
    const guid = declare(source.guid, sourceWhat);
    sourceKeys.add(guidKey(guid));
    const index = codePointIndex(source.text);
    const length = index.length - 1;
    const selectionNodes: XmlNode[] = source.selections.map((selection) => {
      const selWhat = `a selection in ${sourceWhat}`;
      const selGuid = declare(selection.guid, selWhat);
      const { start, end } = selection;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
        throw new RefiFormatError(
          'selection_out_of_range',
          `Cannot export: selection ${selGuid} in ${sourceWhat} runs from ${start} to ${end}, outside the text (${length} characters).`,
          { guid: selGuid, start, end, length },
        );
      }
      const children: XmlNode[] = [];
      if (selection.memo !== undefined && selection.memo !== '') children.push({ name: 'Description', text: selection.memo });
      for (const coding of selection.codings) {
        const codingGuid = declare(coding.guid, `a coding in ${sourceWhat}`);
        const codeGuid = requireGuid(coding.codeGuid, `the code of coding ${codingGuid}`);
        if (!codeKeys.has(guidKey(codeGuid))) {
          throw new RefiFormatError(
            'unknown_reference',
            `Cannot export: coding ${codingGuid} in ${sourceWhat} refers to code ${codeGuid}, which is not in the codebook.`,
            { guid: codeGuid },
          );
        }
        children.push({
          name: 'Coding',
          attrs: [
            ['guid', codingGuid],
            ['creatingUser', userRef(coding.creatorGuid, `coding ${codingGuid}`)],
            ['creationDateTime', checkDate(coding.createdAt, `coding ${codingGuid}`)],
          ],
          children: [{ name: 'CodeRef', attrs: [['targetGUID', codeGuid]] }],
        });
      }
      return {
        name: 'PlainTextSelection',
        attrs: [
          ['guid', selGuid],
          ['name', selection.name ?? excerpt(source.text, index, start, end)],
          ['startPosition', String(start)],
          ['endPosition', String(end)],
          ['creatingUser', userRef(selection.creatorGuid, selWhat)],
          ['creationDateTime', checkDate(selection.createdAt, selWhat)],
        ],
        children,
      };
    });
    files.push({ path: `sources/${guid}.txt`, text: source.text });
    return {
      name: 'TextSource',
      attrs: [
        ['guid', guid],
        ['name', source.name],
        ['plainTextPath', `internal://${guid}.txt`],
        ['creatingUser', userRef(source.creatorGuid, sourceWhat)],
        ['creationDateTime', checkDate(source.createdAt, sourceWhat)],
      ],
      // TextSource: Description?, PlainTextContent?, PlainTextSelection*, Coding*, NoteRef*, VariableValue*
      children: [...selectionNodes, ...valueNodes(source.values, sourceWhat)],
    };
  });

  const caseNodes: XmlNode[] = project.cases.map((c) => {
    const what = `case ${quote(c.name)}`;
    const guid = declare(c.guid, what);
    const refs: XmlNode[] = c.sourceGuids.map((s) => {
      const target = requireGuid(s, `a source of ${what}`);
      if (!sourceKeys.has(guidKey(target))) {
        throw new RefiFormatError('unknown_reference', `Cannot export: ${what} refers to source ${target}, which is not in the project.`, { guid: target });
      }
      return { name: 'SourceRef', attrs: [['targetGUID', target]] };
    });
    // Case: Description?, CodeRef*, VariableValue*, SourceRef*, SelectionRef*
    return {
      name: 'Case',
      attrs: [
        ['guid', guid],
        ['name', c.name],
      ],
      children: [...valueNodes(c.values, what), ...refs],
    };
  });

  // Project: Users?, CodeBook?, Variables?, Cases?, Sources?, Notes?, Links?, Sets?, Graphs?,
  // Description?, NoteRef*. Each container needs at least one child, so empty ones are left out.
  const children: XmlNode[] = [];
  if (userNodes.length > 0) children.push({ name: 'Users', children: userNodes });
  if (codeTree.length > 0) children.push({ name: 'CodeBook', children: [{ name: 'Codes', children: codeTree }] });
  if (variableNodes.length > 0) children.push({ name: 'Variables', children: variableNodes });
  if (caseNodes.length > 0) children.push({ name: 'Cases', children: caseNodes });
  if (sourceNodes.length > 0) children.push({ name: 'Sources', children: sourceNodes });

  const qde = serialiseDocument({
    name: 'Project',
    attrs: [
      ['xmlns', PROJECT_NAMESPACE],
      ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
      ['xsi:schemaLocation', SCHEMA_LOCATION],
      ['name', project.name],
      ['origin', project.origin ?? DEFAULT_ORIGIN],
      ['creatingUserGUID', userRef(project.creatorGuid, 'the project')],
      ['creationDateTime', checkDate(project.createdAt, 'the project')],
    ],
    children,
  });

  // A fixed entry date keeps the archive identical for identical content.
  const created = project.createdAt === undefined ? Number.NaN : Date.parse(project.createdAt);
  const date = Number.isFinite(created) && created >= Date.UTC(1980, 1, 1) ? new Date(created) : new Date(Date.UTC(2020, 0, 1));
  const zip = new JSZip();
  zip.file('project.qde', qde, { date });
  zip.file('sources', null, { dir: true, date });
  for (const f of files) zip.file(f.path, f.text, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// =============================================================================================
// Import

export interface ParseProjectOptions {
  /** Limits against archives that unpack to far more than they weigh. */
  limits?: Partial<ZipLimits>;
}

interface Context {
  zip: SafeZip;
  baseDir: string;
  origin: string;
  users: Map<string, RefiUser>;
  codes: Map<string, RefiCode>;
  variables: Map<string, RefiVariable>;
  notes: Map<string, XmlElement>;
  usedNotes: Set<string>;
  sources: Map<string, RefiSource>;
  skippedSources: Set<string>;
  /** Declared GUIDs per kind of element (other programs may reuse a GUID across kinds). */
  seen: Map<string, Map<string, string>>;
  ignored: RefiIgnoredItem[];
}

const NON_TEXT_SOURCES = new Set(['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']);

function findProjectEntry(zip: SafeZip): string {
  const names = zip.fileNames();
  const atRoot = names.filter((n) => !n.includes('/') && n.toLowerCase().endsWith('.qde'));
  const preferred = atRoot.find((n) => n.toLowerCase() === 'project.qde') ?? (atRoot.length === 1 ? atRoot[0] : undefined);
  if (preferred !== undefined) return preferred;
  // Some archivers wrap everything in one folder.
  const anywhere = names.filter((n) => n.toLowerCase().endsWith('.qde') && !n.startsWith('__MACOSX/'));
  if (anywhere.length === 1 && anywhere[0] !== undefined) return anywhere[0];
  throw new RefiFormatError('missing_project', 'The archive has no project.qde file, so it is not a REFI-QDA project (.qdpx).');
}

function declareImported(ctx: Context, kind: string, guid: string, what: string): void {
  let seen = ctx.seen.get(kind);
  if (seen === undefined) {
    seen = new Map();
    ctx.seen.set(kind, seen);
  }
  declareGuid(seen, guid, capitalise(what), false);
}

function optionalUserRef(ctx: Context, element: XmlElement, attribute: string, what: string): string | undefined {
  if (!element.attrs.has(attribute)) return undefined;
  const guid = readGuid(element, attribute, what);
  const key = guidKey(guid);
  // A creator missing from <Users> is kept (with the GUID as name) rather than failing the import:
  // the schema does not require the user list to be complete, and who coded what matters.
  if (!ctx.users.has(key)) ctx.users.set(key, { guid, name: guid });
  return ctx.users.get(key)?.guid;
}

function optionalDate(element: XmlElement, attribute: string): string | undefined {
  const value = element.attrs.get(attribute)?.trim();
  return value !== undefined && isDateTime(value) ? value : undefined;
}

function readPosition(element: XmlElement, attribute: string, what: string): number {
  const raw = element.attrs.get(attribute)?.trim();
  if (raw === undefined || raw === '') {
    throw new RefiFormatError('missing_attribute', `${capitalise(what)} has no ${attribute}.`, { attribute });
  }
  if (!/^[+-]?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw new RefiFormatError('invalid_value', `${capitalise(what)} has ${attribute} ${quote(raw)}, which is not a whole number.`, { attribute, value: raw });
  }
  return Number(raw);
}

/** Reads a text file of the archive given a `plainTextPath` (or a note's path). */
async function readInternalText(ctx: Context, path: string, what: string): Promise<string> {
  const match = /^([a-z]+):\/\/\/?(.*)$/i.exec(path.trim());
  const scheme = match?.[1]?.toLowerCase();
  const rest = match?.[2] ?? path.trim();
  const tail = (() => {
    try {
      return decodeURIComponent(rest);
    } catch {
      return rest;
    }
  })();
  const baseName = tail.split(/[\\/]/).pop() ?? tail;
  const candidates =
    scheme === 'internal' || scheme === undefined
      ? [`sources/${tail}`, `Sources/${tail}`, tail, `sources/${rest}`, `sources/${baseName}`]
      : // An external file (relative:/// or absolute:///) may still have been packed under sources/.
        [`sources/${baseName}`];
  for (const candidate of candidates) {
    const entry = ctx.zip.find(`${ctx.baseDir}${candidate}`);
    if (entry === undefined) continue;
    const text = decodeText(await ctx.zip.read(entry));
    if (text === null) {
      throw new RefiFormatError('invalid_encoding', `The text of ${what} (${entry}) is not UTF-8 or UTF-16 text.`, { entry });
    }
    return text;
  }
  const external = scheme === 'relative' || scheme === 'absolute';
  throw new RefiFormatError(
    'missing_source_text',
    external
      ? `The text of ${what} is an external file (${path}) that is not inside the archive.`
      : `The text of ${what} (${path}) is missing from the archive.`,
    { path },
  );
}

async function readNoteText(ctx: Context, note: XmlElement): Promise<string | undefined> {
  const inline = firstChild(note, 'PlainTextContent');
  if (inline !== undefined) return inline.text;
  const path = note.attrs.get('plainTextPath');
  if (path === undefined) return readDescription(note);
  try {
    return normaliseLineEndings(await readInternalText(ctx, path, `note ${quote(note.attrs.get('name'))}`)).text;
  } catch (e) {
    // A memo that cannot be found is not worth failing the import for.
    if (e instanceof RefiFormatError && e.code === 'missing_source_text') return undefined;
    throw e;
  }
}

/** The memo of an element: its Description, else the text of the notes it refers to. */
async function readMemo(ctx: Context, element: XmlElement): Promise<string | undefined> {
  const description = readDescription(element);
  if (description !== undefined) return description;
  const texts: string[] = [];
  for (const ref of childrenNamed(element, 'NoteRef')) {
    const target = ref.attrs.get('targetGUID');
    const note = target !== undefined && isGuid(target.trim()) ? ctx.notes.get(guidKey(target.trim())) : undefined;
    if (note === undefined || target === undefined) continue;
    ctx.usedNotes.add(guidKey(target.trim()));
    const text = await readNoteText(ctx, note);
    if (text !== undefined && text.trim() !== '') texts.push(text);
  }
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}

function readValues(ctx: Context, element: XmlElement, what: string): RefiVariableValue[] {
  return childrenNamed(element, 'VariableValue').map((vv) => {
    const ref = firstChild(vv, 'VariableRef');
    if (ref === undefined) {
      throw new RefiFormatError('missing_attribute', `A variable value of ${what} has no VariableRef.`, {});
    }
    const guid = readGuid(ref, 'targetGUID', `a variable value of ${what}`);
    const variable = ctx.variables.get(guidKey(guid));
    if (variable === undefined) {
      throw new RefiFormatError('unknown_reference', `${capitalise(what)} has a value for variable ${guid}, which is not among the project's variables.`, {
        guid,
      });
    }
    const valueElement = vv.children.find((c) => c.name !== 'VariableRef');
    const raw = valueElement?.text ?? '';
    return { variableGuid: variable.guid, value: valueElement?.name === 'TextValue' ? raw : raw.trim() };
  });
}

async function readTextSource(ctx: Context, element: XmlElement): Promise<RefiSource> {
  const rawName = element.attrs.get('name');
  const guid = readGuid(element, 'guid', `source ${quote(rawName)}`);
  const path = element.attrs.get('plainTextPath');
  const name = rawName ?? path?.split(/[\\/]/).pop() ?? guid;
  const what = `source ${quote(name)}`;
  declareImported(ctx, 'source', guid, what);

  // Positions count code points of the text as stored. The XML parser already turned CRLF into LF
  // inside PlainTextContent; in a file, a CRLF is two code points, except in ATLAS.ti exports,
  // whose positions count it as one (QualCoder's importer notes the same).
  const inline = firstChild(element, 'PlainTextContent');
  let raw: string;
  if (inline !== undefined) raw = inline.text;
  else if (path !== undefined && path.trim() !== '') raw = await readInternalText(ctx, path, what);
  else if (element.attrs.has('richTextPath')) {
    throw new RefiFormatError(
      'missing_source_text',
      `${capitalise(what)} has only a rich-text version (${element.attrs.get('richTextPath')}) and no plain text to import.`,
      { name },
    );
  } else throw new RefiFormatError('missing_source_text', `${capitalise(what)} has no text: neither PlainTextContent nor plainTextPath.`, { name });
  const normalised = normaliseLineEndings(raw);
  const countsCrlfAsOne = inline === undefined && /ATLAS\.ti/i.test(ctx.origin);
  const mapPosition = countsCrlfAsOne ? (p: number) => p : normalised.mapPosition;
  const text = normalised.text;
  const length = codePointLength(text);

  const selections: RefiSelection[] = [];
  for (const sel of childrenNamed(element, 'PlainTextSelection')) {
    const selName = sel.attrs.get('name');
    const selGuid = readGuid(sel, 'guid', `a selection in ${what}`);
    const selWhat = `selection ${selName !== undefined && selName !== '' ? quote(selName) : selGuid} in ${what}`;
    declareImported(ctx, 'selection', selGuid, selWhat);
    const rawStart = readPosition(sel, 'startPosition', selWhat);
    const rawEnd = readPosition(sel, 'endPosition', selWhat);
    const start = mapPosition(rawStart);
    const end = mapPosition(rawEnd);
    if (rawStart < 0 || rawEnd < rawStart || start < 0 || end > length) {
      throw new RefiFormatError(
        'selection_out_of_range',
        rawEnd < rawStart
          ? `${capitalise(selWhat)} ends (${rawEnd}) before it starts (${rawStart}).`
          : `${capitalise(selWhat)} runs from ${rawStart} to ${rawEnd}, outside the text (${length} characters).`,
        { start: rawStart, end: rawEnd, length },
      );
    }
    const codings: RefiCoding[] = [];
    for (const c of childrenNamed(sel, 'Coding')) {
      const codingGuid = readGuid(c, 'guid', `a coding of ${selWhat}`);
      declareImported(ctx, 'coding', codingGuid, `coding ${codingGuid} of ${selWhat}`);
      const ref = firstChild(c, 'CodeRef');
      if (ref === undefined) {
        throw new RefiFormatError('missing_attribute', `Coding ${codingGuid} of ${selWhat} has no CodeRef.`, { guid: codingGuid });
      }
      const target = readGuid(ref, 'targetGUID', `the CodeRef of coding ${codingGuid}`);
      const code = ctx.codes.get(guidKey(target));
      if (code === undefined) {
        throw new RefiFormatError('unknown_reference', `A coding of ${selWhat} refers to code ${target}, which is not in the codebook.`, { guid: target });
      }
      const coding: RefiCoding = { guid: codingGuid, codeGuid: code.guid };
      const creator = optionalUserRef(ctx, c, 'creatingUser', `coding ${codingGuid}`);
      if (creator !== undefined) coding.creatorGuid = creator;
      const created = optionalDate(c, 'creationDateTime');
      if (created !== undefined) coding.createdAt = created;
      codings.push(coding);
    }
    const selection: RefiSelection = { guid: selGuid, start, end, codings };
    if (selName !== undefined) selection.name = selName;
    const creator = optionalUserRef(ctx, sel, 'creatingUser', selWhat);
    if (creator !== undefined) selection.creatorGuid = creator;
    const created = optionalDate(sel, 'creationDateTime');
    if (created !== undefined) selection.createdAt = created;
    const memo = await readMemo(ctx, sel);
    if (memo !== undefined) selection.memo = memo;
    selections.push(selection);
  }
  for (const c of childrenNamed(element, 'Coding')) {
    ctx.ignored.push({ element: 'Coding', guid: c.attrs.get('guid'), name });
  }

  const source: RefiSource = { guid, name, text, selections };
  const creator = optionalUserRef(ctx, element, 'creatingUser', what);
  if (creator !== undefined) source.creatorGuid = creator;
  const created = optionalDate(element, 'creationDateTime');
  if (created !== undefined) source.createdAt = created;
  const values = readValues(ctx, element, what);
  if (values.length > 0) source.values = values;
  return source;
}

/**
 * Reads a REFI-QDA project archive (`.qdpx`): users, the code tree, variables, text sources with
 * their selections, codings and coders, and cases. Other source kinds (PDF, picture, audio,
 * video), codings of whole sources, sets, links and graphs are listed in `ignored`.
 */
export async function parseProjectQdpx(zip: Buffer | Uint8Array | ArrayBuffer, options: ParseProjectOptions = {}): Promise<RefiProject> {
  const archive = await SafeZip.open(zip, { ...DEFAULT_ZIP_LIMITS, ...options.limits });
  const entry = findProjectEntry(archive);
  const xml = decodeText(await archive.read(entry));
  if (xml === null) {
    throw new RefiFormatError('invalid_encoding', `The ${entry} file is not UTF-8 or UTF-16 text.`, { entry });
  }
  const root = parseXmlDocument(xml, entry);
  requireRoot(root, 'project', entry);

  const origin = root.attrs.get('origin');
  const ctx: Context = {
    zip: archive,
    baseDir: entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '',
    origin: origin ?? '',
    users: new Map(),
    codes: new Map(),
    variables: new Map(),
    notes: new Map(),
    usedNotes: new Set(),
    sources: new Map(),
    skippedSources: new Set(),
    seen: new Map(),
    ignored: [],
  };

  for (const u of childrenNamed(firstChild(root, 'Users') ?? root, 'User')) {
    const name = u.attrs.get('name');
    const guid = readGuid(u, 'guid', `user ${quote(name)}`);
    declareImported(ctx, 'user', guid, `user ${quote(name)}`);
    ctx.users.set(guidKey(guid), { guid, name: name ?? u.attrs.get('id') ?? guid });
  }

  const codesElement = firstChild(firstChild(root, 'CodeBook') ?? root, 'Codes');
  const codebook = codesElement === undefined ? [] : readCodes(codesElement, ctx.codes);

  const variables: RefiVariable[] = [];
  for (const v of childrenNamed(firstChild(root, 'Variables') ?? root, 'Variable')) {
    const name = v.attrs.get('name') ?? '';
    const guid = readGuid(v, 'guid', `variable ${quote(name)}`);
    declareImported(ctx, 'variable', guid, `variable ${quote(name)}`);
    const type = v.attrs.get('typeOfVariable')?.trim();
    const variable: RefiVariable = { guid, name, typeOfVariable: VARIABLE_TYPES.find((t) => t === type) ?? 'Text' };
    variables.push(variable);
    ctx.variables.set(guidKey(guid), variable);
  }

  for (const n of childrenNamed(firstChild(root, 'Notes') ?? root, 'Note')) {
    const guid = n.attrs.get('guid')?.trim();
    if (guid !== undefined && isGuid(guid)) ctx.notes.set(guidKey(guid), n);
  }

  const sources: RefiSource[] = [];
  for (const s of firstChild(root, 'Sources')?.children ?? []) {
    if (s.name === 'TextSource') {
      const source = await readTextSource(ctx, s);
      sources.push(source);
      ctx.sources.set(guidKey(source.guid), source);
    } else if (NON_TEXT_SOURCES.has(s.name)) {
      const guid = s.attrs.get('guid')?.trim();
      if (guid !== undefined && isGuid(guid)) ctx.skippedSources.add(guidKey(guid));
      ctx.ignored.push({ element: s.name, guid: guid === undefined ? undefined : canonicalGuid(guid), name: s.attrs.get('name') });
    }
  }

  const cases: RefiCase[] = [];
  for (const c of childrenNamed(firstChild(root, 'Cases') ?? root, 'Case')) {
    const rawName = c.attrs.get('name');
    const guid = readGuid(c, 'guid', `case ${quote(rawName)}`);
    const what = `case ${quote(rawName ?? guid)}`;
    declareImported(ctx, 'case', guid, what);
    const sourceGuids: string[] = [];
    for (const ref of childrenNamed(c, 'SourceRef')) {
      const target = readGuid(ref, 'targetGUID', `a SourceRef of ${what}`);
      const source = ctx.sources.get(guidKey(target));
      if (source !== undefined) sourceGuids.push(source.guid);
      else if (!ctx.skippedSources.has(guidKey(target))) {
        throw new RefiFormatError('unknown_reference', `${capitalise(what)} refers to source ${target}, which is not in the project.`, { guid: target });
      }
    }
    if (childrenNamed(c, 'CodeRef').length + childrenNamed(c, 'SelectionRef').length > 0) {
      ctx.ignored.push({ element: 'Case', guid, name: rawName });
    }
    cases.push({ guid, name: rawName ?? guid, sourceGuids, values: readValues(ctx, c, what) });
  }

  for (const container of ['Links', 'Sets', 'Graphs'] as const) {
    for (const item of firstChild(root, container)?.children ?? []) {
      ctx.ignored.push({ element: item.name, guid: item.attrs.get('guid'), name: item.attrs.get('name') });
    }
  }
  for (const [key, note] of ctx.notes) {
    if (!ctx.usedNotes.has(key)) ctx.ignored.push({ element: 'Note', guid: note.attrs.get('guid'), name: note.attrs.get('name') });
  }

  const creator = root.attrs.get('creatingUserGUID')?.trim();
  const creatorGuid = creator !== undefined && isGuid(creator) ? optionalUserRef(ctx, root, 'creatingUserGUID', 'the project') : undefined;
  const project: RefiProject = {
    name: root.attrs.get('name') ?? '',
    users: [...ctx.users.values()],
    codebook,
    sources,
    variables,
    cases,
    ignored: ctx.ignored,
  };
  if (origin !== undefined) project.origin = origin;
  if (creatorGuid !== undefined) project.creatorGuid = creatorGuid;
  const created = optionalDate(root, 'creationDateTime');
  if (created !== undefined) project.createdAt = created;
  return project;
}
