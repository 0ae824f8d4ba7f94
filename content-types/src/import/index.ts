/**
 * Importing organisations into the CMS from a spreadsheet (CSV, XLSX) or an HSDS 3.0 dataset, as pure
 * functions: read the file, link columns to fields, plan every row (checked, matched, de-duplicated),
 * and apply the editor's decisions. The CMS (cms/src/plugins/mzo) looks addresses up and writes the plan.
 *
 * Node only: imported as `@mzo/content-types/import`.
 */
export * from './types.ts';
export * from './messages.ts';
export { IMPORT_TARGETS, TARGETS_BY_KEY, suggestMapping, mappingToRemember, headerKey, isConsultationList, type ImportTarget } from './columns.ts';
export { readSpreadsheet, readHsds, isHsdsUpload, UnreadableFile, MAX_ROWS, type Sheet, type UploadedFile, type HsdsInput } from './read.ts';
export { planSpreadsheet, MAX_VALUE_LENGTH, type SpreadsheetMapping } from './spreadsheet.ts';
export { planHsds, readFees } from './hsds.ts';
export { activityTimes, recurrenceOf } from './schedule.ts';
export { DuplicateFinder, nameSimilarity, organisationNameKey, NAME_SIMILARITY_THRESHOLD } from './duplicates.ts';
export { TaxonomyIndex, splitValues } from './taxonomy.ts';
export { cleanText, matchKey } from './text.ts';
export * from './values.ts';
export { inputProblems, publishProblems } from './check.ts';
export { applyDecisions, defaultDecision, fillEmpty, sourceNote, type DecidedPlan, type WriteStep } from './decide.ts';
