import type { LocalizedText } from '../types.ts';

/** One problem of a form definition: where (a JSON pointer), which field (its key, when one is concerned), and why. */
export interface DefinitionError {
  path: string;
  /** The key of the field (or state) the problem concerns, so a designer can mark it. */
  field?: string;
  code: DefinitionErrorCode;
  message: LocalizedText;
}

export type DefinitionErrorCode =
  | 'type'
  | 'required'
  | 'unknownProperty'
  | 'tooLong'
  | 'tooMany'
  | 'pattern'
  | 'unknownKind'
  | 'duplicateKey'
  | 'badDefault'
  | 'badLimit'
  | 'unknownField'
  | 'unknownOption'
  | 'wrongFieldKind'
  | 'flow'
  | 'unreachableState'
  | 'unsupportedVersion'
  | 'versionTooLow';

/** Collects errors while a definition is walked. */
export class ErrorList {
  readonly errors: DefinitionError[] = [];
  add(path: string, code: DefinitionErrorCode, zh: string, en: string, field?: string): void {
    this.errors.push({ path, code, message: { 'zh-CN': zh, en }, ...(field === undefined ? {} : { field }) });
  }
}
