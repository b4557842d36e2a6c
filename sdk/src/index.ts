// The root entry is shared as a Module Federation singleton between the host and every app, so it stays small and
// browser-safe: no Node imports and no ajv (validateManifest lives in `@toolbox/sdk/manifest`).
export type {
  CatalogItem,
  CollectionClient,
  CollectionSchema,
  DataRecord,
  LightAppProps,
  ListOptions,
  WriteOptions,
  StatsOptions,
  RecordFilter,
  RecordFilterOp,
  RecordPage,
  RecordQuery,
  Locale,
  LocalizedText,
  Manifest,
  Notice,
  RecordStats,
  ImportProgress,
  ImportRecordsProgress,
  ImportUploadProgress,
  ImportReport,
  ImportRepeatMode,
  ExportFormat,
  RecordChange,
  RecordHistory,
  DeletedRecord,
  DeletedRecords,
  Role,
  Scenario,
  ToolboxContext,
  ToolboxData,
  ToolboxUnit,
  ToolboxUser,
  UsageEvent,
  UsageEventType,
} from './shared/types.ts';
export type { OrgPerson, OrgUnit, ToolboxFiles, ToolboxOrg, UploadedFile, UploadOptions } from './shared/hostOrgFiles.ts';
export { SDK_API_VERSION } from './shared/version.ts';
export { remoteName } from './shared/remoteName.ts';
export { manifestSchema } from './shared/manifestSchema.ts';
export { localized } from './shared/localized.ts';
export { defineMessages, translate, translator } from './shared/messages.ts';
export type { Message, MessageArgs, MessageCatalogue, Messages, Translate, Translation } from './shared/messages.ts';
export { LIFECYCLE_TRANSITIONS, canTransition, lifecycleActions, maintainerRoles } from './shared/lifecycle.ts';
export type { AppStatus, LifecycleAction } from './shared/lifecycle.ts';
export {
  addDays,
  daysBetween,
  daysInMonth,
  fromShanghaiWallClock,
  monthsOfYear,
  shanghaiDateTime,
  shanghaiDay,
  shanghaiDayStart,
  shanghaiMonth,
  shanghaiTimeOfDay,
  shanghaiYear,
  toShanghaiWallClock,
} from './shared/time.ts';
export { matchesSearch, searchTexts } from './shared/search.ts';
export type { ToPinyin } from './shared/search.ts';
export { defineLightApp } from './runtime/defineLightApp.ts';
export { desktopHref } from './shared/desktopHref.ts';
export type { LightAppDefinition, LightAppLifecycles } from './runtime/defineLightApp.ts';
export { RecordChangedError, SDK_ERRORS, ToolboxSdkError, isToolboxSdkError } from './errors.ts';
export type { FieldError, SdkErrorCode } from './errors.ts';
