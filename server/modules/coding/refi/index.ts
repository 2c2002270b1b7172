/**
 * REFI-QDA exchange (QDA-XML 1.0): codebooks (.qdc) and projects (.qdpx) for ATLAS.ti, MAXQDA,
 * NVivo, QualCoder and others. Pure: no database; the coding module maps its rows to these types.
 */
export type {
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
export { RefiFormatError, type RefiErrorCode, type RefiErrorParams } from './errors.js';
export { buildCodebookXml, parseCodebookXml, CODEBOOK_NAMESPACE, DEFAULT_ORIGIN } from './codebook.js';
export { buildProjectQdpx, parseProjectQdpx, PROJECT_NAMESPACE, type ParseProjectOptions } from './project.js';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.js';
export { codePointIndex, codePointLength, codePointToUtf16Offset, sliceCodePoints, utf16ToCodePointOffset } from './text.js';
export { isGuid } from './values.js';
