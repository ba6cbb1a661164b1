/**
 * What changed between two versions of a document (issue 13, item 2): pure, no Payload. The review
 * endpoint loads the versions and the collection's fields; this returns the changed fields with the
 * inline difference of their text.
 */
export { contentFieldsOf, labelOf } from './fields'
export type { Bilingual, DiffField, DiffFieldKind, FieldConfigLike } from './fields'
export { imageLine, plainFieldText, richFieldText } from './fieldText'
export { diffText, MAX_WORD_EDITS, newerTextOf, olderTextOf, wordTokens } from './textDiff'
export type { DiffOp, DiffSegment } from './textDiff'
export { diffVersions } from './versionDiff'
export type { FieldChange } from './versionDiff'
