/**
 * Why a REFI-QDA file could not be read (or a project could not be written). `message` is plain
 * English that can be shown as is; `code` and `params` let the caller translate it instead.
 */
export type RefiErrorCode =
  | 'invalid_zip'
  | 'archive_too_large'
  | 'missing_project'
  | 'invalid_encoding'
  | 'invalid_xml'
  | 'not_a_codebook'
  | 'not_a_project'
  | 'empty_codebook'
  | 'missing_attribute'
  | 'invalid_guid'
  | 'duplicate_guid'
  | 'unknown_reference'
  | 'selection_out_of_range'
  | 'missing_source_text'
  | 'invalid_value';

export type RefiErrorParams = Record<string, string | number>;

export class RefiFormatError extends Error {
  override readonly name = 'RefiFormatError';

  constructor(
    readonly code: RefiErrorCode,
    message: string,
    readonly params: RefiErrorParams = {},
  ) {
    super(message);
  }
}

/** Quotes a name from the file for a message, shortened so a hostile file cannot flood the UI. */
export function quote(value: string | undefined): string {
  if (value === undefined || value === '') return '(unnamed)';
  const chars = [...value];
  return `"${chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : value}"`;
}
