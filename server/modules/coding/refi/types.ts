/**
 * The REFI-QDA exchange model: what a .qdc codebook or a .qdpx project holds, independent of our
 * database. The coding module maps its rows to and from these shapes; this folder only reads and
 * writes the files.
 *
 * Positions (`start`, `end`) count Unicode code points of `RefiSource.text`, start inclusive and
 * end exclusive, as the standard and the other programs do. Use the helpers in `text.ts` to convert
 * them to and from JavaScript (UTF-16) string offsets.
 */

export interface RefiCode {
  guid: string;
  name: string;
  description?: string;
  /** `#RRGGBB` (a `#RGB` colour on import is widened to six digits). */
  color?: string;
  /** `false` for a grouping node (a typology domain) that is not applied to text itself. */
  isCodable: boolean;
  children: RefiCode[];
}

export interface RefiUser {
  guid: string;
  name: string;
}

/** One code applied by one coder to one selection. */
export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatorGuid?: string;
  /** xs:dateTime, e.g. `2026-03-01T10:00:00Z`. */
  createdAt?: string;
}

export interface RefiSelection {
  guid: string;
  /** Other programs show this as the quotation's title; on export it defaults to the selected text (shortened). */
  name?: string;
  /** Code points, inclusive. */
  start: number;
  /** Code points, exclusive. */
  end: number;
  creatorGuid?: string;
  createdAt?: string;
  codings: RefiCoding[];
  /** The coding memo, written as the selection's `Description`. */
  memo?: string;
}

export interface RefiVariableValue {
  variableGuid: string;
  /** The value as text in the XML Schema form of the variable's type (`true`, `42`, `1.5`, `2026-03-01`). */
  value: string;
}

export interface RefiSource {
  guid: string;
  name: string;
  /** Plain text, LF line endings after import. */
  text: string;
  creatorGuid?: string;
  createdAt?: string;
  selections: RefiSelection[];
  /**
   * Variable values attached to the source itself (the schema allows them on `TextSource`; MAXQDA
   * puts them there). Optional addition to the brief's model.
   */
  values?: RefiVariableValue[];
}

export type RefiVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface RefiVariable {
  guid: string;
  name: string;
  typeOfVariable: RefiVariableType;
}

export interface RefiCase {
  guid: string;
  name: string;
  sourceGuids: string[];
  values: RefiVariableValue[];
}

/** Something present in an imported project that this model does not carry (set only by the parser). */
export interface RefiIgnoredItem {
  /** The element name in the file, e.g. `PDFSource`, `Coding` (a coding of a whole source), `Sets`. */
  element: string;
  guid?: string;
  name?: string;
}

export interface RefiProject {
  name: string;
  origin?: string;
  creatorGuid?: string;
  createdAt?: string;
  users: RefiUser[];
  codebook: RefiCode[];
  sources: RefiSource[];
  variables: RefiVariable[];
  cases: RefiCase[];
  /** Filled by `parseProjectQdpx` only: parts of the file that were not imported, so the UI can say so. */
  ignored?: RefiIgnoredItem[];
}
