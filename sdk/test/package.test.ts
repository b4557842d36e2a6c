// Pins the public surface of every entry point, as h3's package.test.ts does: adding an export is a decision,
// removing or renaming one breaks the plugins, the host and the server, so either shows up here first.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGraph } from './helpers/importGraph.ts';
import { tempDir } from './helpers/tempApp.ts';

type Exports = Record<string, string | { types: string; default: string }>;
const sdkRoot = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(sdkRoot, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  exports: Exports;
  publishConfig: { exports: Exports };
  dependencies: Record<string, string>;
};

const surface: Record<string, string[]> = {
  '.': [
    'LIFECYCLE_TRANSITIONS',
    'SDK_API_VERSION',
    'RecordChangedError',
    'SDK_ERRORS',
    'ToolboxSdkError',
    'addDays',
    'canTransition',
    'daysBetween',
    'daysInMonth',
    'defineLightApp',
    'defineMessages',
    'desktopHref',
    'fromShanghaiWallClock',
    'isToolboxSdkError',
    'lifecycleActions',
    'maintainerRoles',
    'localized',
    'manifestSchema',
    'matchesSearch',
    'monthsOfYear',
    'remoteName',
    'searchTexts',
    'shanghaiDateTime',
    'shanghaiDay',
    'shanghaiDayStart',
    'shanghaiMonth',
    'shanghaiTimeOfDay',
    'shanghaiYear',
    'toShanghaiWallClock',
    'translate',
    'translator',
  ],
  './manifest': ['formatFieldErrors', 'manifestSchema', 'toFieldErrors', 'validateManifest'],
  './data': [
    'RECORD_FILTER_OPS',
    'RECORD_QUERY_LIMITS',
    'RECORD_VALUE_TEXT_MAX',
    'asciiLower',
    'canonicalJson',
    'changedFields',
    'compareText',
    'countRecords',
    'filterTarget',
    'loadNameSortKey',
    'loadTextSortKey',
    'matchRecords',
    'mergeChanges',
    'parseRecordQuery',
    'recordQueryParams',
    'recordValues',
    'sortStats',
  ],
  './forms': [
    'EXPORT_STAMP_COLUMNS',
    'FIELD_KINDS',
    'FILTERABLE_KINDS',
    'FORM_COLLECTION',
    'FORM_DEFINITION_VERSION',
    'FORM_LIMITS',
    'FORM_TEMPLATES',
    'ID_CARD_PATTERN',
    'MATCHABLE_KINDS',
    'MATCH_FIELDS_MAX',
    'PHONE_PATTERN',
    'SEARCHABLE_KINDS',
    'allowedTransitions',
    'canMove',
    'checkFieldValue',
    'checkFormRecord',
    'compatibility',
    'defaultListQuery',
    'definitionToCollectionSchema',
    'fieldByKey',
    'fieldsFromSheet',
    'flowState',
    'formDefinitionSchema',
    'definitionVersionFor',
    'fieldLabels',
    'formFields',
    'idCardCheckCharacter',
    'initialValues',
    'isEmptyValue',
    'optionLabel',
    'unitLabel',
    'isValidIdCard',
    'isValidPhone',
    'matchFields',
    'matchKeys',
    'matchText',
    'nameField',
    'personNameFields',
    'reachableStates',
    'readCell',
    'retireField',
    'statusField',
    'validateDefinition',
  ],
  './react': [
    'ToolboxProvider',
    'createReactLightApp',
    'defineMessages',
    'loadPinyin',
    'translate',
    'useAllRecords',
    'useCollection',
    'useLocale',
    'usePinyin',
    'useT',
    'useToolbox',
  ],
  './vite': ['DEFAULT_ENTRY', 'DEFAULT_SHARED', 'MANIFEST_FILE', 'readManifest', 'toolboxApp'],
  './ui': [
    'AppFrame',
    'Button',
    'Card',
    'DataTable',
    'EmptyState',
    'FieldNotes',
    'FilterBar',
    'FilterSelect',
    'InboxIcon',
    'LoadFailedNotice',
    'LoadingLine',
    'Notice',
    'PageHeader',
    'SchemaForm',
    'SearchIcon',
    'StatusTag',
    'UI_CSS',
    'WarningIcon',
    'ensureStyles',
    'localizeSchema',
    'schemaFields',
  ],
  './api': [
    'ActorSchema', 'ApiError', 'AppIdParamsSchema', 'AppIdSchema', 'AppReviewDetailSchema', 'AppSchema',
    'AppStatusSchema', 'AuditActorSchema', 'AuditEntrySchema', 'AuditQuerySchema', 'AuthMethodsSchema', 'CODES',
    'CODE_LIST', 'CatalogItemSchema', 'CollectionParamsSchema', 'CreateAppBodySchema', 'CreateUnitBodySchema',
    'CreateUserBodySchema', 'DESCRIPTIVE_FIELDS', 'DataRecordSchema', 'DecisionSchema', 'DeprecateBodySchema', 'DeprecationSchema',
    'DryRunSchema', 'ErrorBodySchema', 'ErrorResponses', 'FieldErrorSchema', 'IdParamsSchema',
    'LangQuerySchema', 'LocalizedTextInputSchema', 'LocalizedTextSchema', 'LoginBodySchema', 'MergeCandidateSchema',
    'MintTokenBodySchema', 'MintedTokenSchema', 'NoContentSchema', 'PatchAppBodySchema', 'PatchUnitBodySchema',
    'PatchUserBodySchema', 'PendingVersionSchema', 'PinsSchema', 'PublishExternalBodySchema', 'PublishedSchema',
    'REFUSAL_REASONS', 'REVIEW_LABELS_ZH', 'ROLES', 'RatingBodySchema', 'RatingListSchema', 'RatingSchema', 'RecommendationSchema', 'RecordBodySchema',
    'RecordParamsSchema', 'RefusedEventsSchema', 'ReplacementSchema', 'RestoreBodySchema', 'RetireBodySchema',
    'ReviewQueueItemSchema', 'ReviewRowSchema', 'ReviewSchema', 'ReviewSettingsChangeSchema', 'ReviewSettingsPatchSchema', 'ReviewSettingsSchema',
    'RoleSchema', 'RosterIssueSchema', 'RosterItemSchema', 'RosterRefusalSchema', 'RosterReportSchema',
    'SESSION_SETTING_LIMITS', 'ScoreWeightsSchema', 'SessionSchema', 'SessionSettingsSchema', 'StaffUserSchema',
    'StringEnum', 'TOKEN_DEFAULT_DAYS', 'TOKEN_MAX_DAYS', 'TokenSchema', 'UNIT_ID_PATTERN', 'UNIT_KINDS',
    'USERNAME_PATTERN', 'UnitKindSchema', 'UnitRefSchema', 'UnitSchema', 'UsageBatchSchema', 'UsageReplySchema',
    'UserSchema', 'VersionDiffSchema', 'VersionKindSchema', 'VersionParamsSchema', 'VersionSchema', 'approveVersion',
    'changeMyPassword', 'createApiClient', 'createRecord', 'createUnit', 'createUser', 'defineRoute', 'deleteRecord',
    'deleteUnit', 'deprecateApp', 'endMyOtherSessions', 'endMySession', 'exportRoster', 'getApp', 'getAppReview',
    'getAuthMethods', 'getCatalog', 'getMe', 'getPins', 'getRecord', 'getReview',
    'getReviewQueue', 'getReviewSettings', 'getRosterTemplate', 'getSessionSettings', 'getTrustedUnits',
    'getVersionDiff', 'importRoster', 'isToolboxCode', 'listApps', 'listAudit', 'listMySessions', 'listRatings',
    'listRecords', 'listTokens', 'listUnits', 'listUsers', 'listVersions', 'login', 'logout', 'mintToken',
    'oidcCallback', 'oidcLogin', 'patchApp', 'patchMe', 'patchUnit', 'patchUser', 'publishVersion',
    'putPins', 'putReviewSettings', 'putSessionSettings', 'putTrustedUnits', 'rateApp',
    'recordUsage', 'registerApp', 'rejectVersion', 'replaceRecord', 'resetUserPassword', 'restoreApp', 'retireApp',
    'revokeToken', 'rollbackVersion', 'routePath',
    'ATTACHMENT_ID_PATTERN', 'AttachmentSchema', 'UnitPersonSchema', 'getAttachment', 'listUnitPeople', 'uploadAttachment',
    'EXPORT_FORMATS', 'EXPORT_PHOTO_BYTES', 'EXPORT_ROW_LIMIT', 'RecordStatsSchema', 'exportRecords', 'getRecordStats',
    'RECORD_CHANGES', 'RECORD_HISTORY_LIMIT', 'RecordChangeSchema', 'RecordChangedSchema', 'getRecordHistory',
    'DELETED_RECORD_DAYS', 'DeletedRecordSchema', 'listDeletedRecords', 'purgeRecord', 'restoreRecord',
    'HandOverBodySchema', 'handOverApp',
    'IMPORT_CHOICES_MAX', 'IMPORT_LIMITS', 'ImportColumnSchema', 'ImportProblemSchema', 'ImportRefusalSchema', 'ImportReportSchema', 'importRecords',
    'IMPORT_PHASES', 'IMPORT_PROGRESS_TOKEN_PATTERN', 'ImportProgressSchema', 'getImportProgress',
    'SheetColumnSchema', 'SheetColumnsSchema', 'readSheetColumns',
    'CODE_TEXT_ZH', 'errorMessageFor', 'unreachableMessage',
    'HealthSchema', 'getHealth',
  ],
  // The route references of './api' (method and URL only) and its client: what a browser bundle calls with.
  './api/client': [
    'ApiError', 'REFUSAL_REASONS', 'REVIEW_LABELS_ZH', 'approveVersion', 'changeMyPassword', 'createApiClient', 'createRecord', 'createUnit', 'createUser',
    'deleteRecord', 'deleteUnit', 'deprecateApp', 'endMyOtherSessions', 'endMySession', 'exportRoster', 'getApp',
    'getAppReview', 'getAuthMethods', 'getCatalog', 'getMe', 'getPins', 'getRecord',
    'getReview', 'getReviewQueue', 'getReviewSettings', 'getRosterTemplate', 'getSessionSettings', 'getTrustedUnits',
    'getVersionDiff', 'importRoster', 'listApps', 'listAudit', 'listMySessions', 'listRatings', 'listRecords',
    'listTokens', 'listUnits', 'listUsers', 'listVersions', 'login', 'logout', 'mintToken', 'oidcCallback',
    'oidcLogin', 'patchApp', 'patchMe', 'patchUnit', 'patchUser', 'publishVersion', 'putPins',
    'putReviewSettings', 'putSessionSettings', 'putTrustedUnits', 'rateApp', 'recordUsage', 'registerApp',
    'rejectVersion', 'replaceRecord', 'resetUserPassword', 'restoreApp', 'retireApp', 'revokeToken',
    'rollbackVersion', 'routePath',
    'getAttachment', 'listUnitPeople', 'uploadAttachment',
    'exportRecords', 'getRecordStats', 'getRecordHistory',
    'listDeletedRecords', 'purgeRecord', 'restoreRecord',
    'handOverApp',
    'importRecords', 'getImportProgress', 'readSheetColumns',
    'errorMessageFor', 'unreachableMessage',
    'getHealth',
  ],
  './testing': ['createMemoryData', 'createMemoryFiles', 'createMemoryOrg', 'createMockToolbox', 'mountLightApp'],
  './testing/node': ['CHROMIUM_ARGS', 'CHROMIUM_PATH', 'FRAME', 'SCREEN', 'checkDist', 'describeFramedPreview', 'framedPreview', 'insideFrame', 'launchChromium', 'overflowingElements', 'previewPage'],
};

describe('package surface', () => {
  it('declares exactly these entry points, each with types first', () => {
    // In the repository: the source for TypeScript (`types`), Vitest (`development`) and Vite builds (`module`), and
    // dist/ for plain Node (the compiled registry server); `./vite` is source throughout, since only Vite's config
    // loader imports it, in the CLI that runs under tsx there. publishConfig drops all but `types` and `default`.
    const code = Object.keys(pkg.exports).filter((k) => typeof pkg.exports[k] === 'object');
    expect(code.sort()).toEqual(Object.keys(surface).sort());
    for (const key of code) expect(Object.keys(pkg.exports[key] as object)[0], key).toBe('types');
    expect(pkg.exports['./manifest.schema.json']).toBe('./src/shared/manifest.schema.json');
  });

  for (const [entry, names] of Object.entries(surface)) {
    it(`${entry} exports exactly its public names`, async () => {
      // The workspace's own view: its bundlers take the source (`module`).
      const target = pkg.exports[entry] as { module?: string; default: string };
      const mod = (await import(join(import.meta.dirname, '..', target.module ?? target.default))) as Record<string, unknown>;
      expect(Object.keys(mod).sort()).toEqual([...names].sort());
    });
  }

  it('keeps the shared root entry free of ajv and Node built-ins (it is loaded by the host and every app)', () => {
    const graph = importGraph(join(import.meta.dirname, '..', 'src', 'index.ts'), { typeImports: true });
    for (const [file, specs] of graph) for (const spec of specs) expect(spec, `${file} imports ${spec}`).not.toMatch(/^(node:|ajv|fs$|path$)/);
    expect(graph.size).toBeGreaterThan(3);
  });
});

// The repository's package.json points at src/ (the workspace compiles the SDK's TypeScript itself); `pnpm pack` and
// `pnpm publish` put publishConfig.exports in its place, so what a registry serves is the compiled dist/.
describe('the published package', () => {
  const scratch = tempDir('package');
  const dist = join(scratch.dir, 'dist');

  beforeAll(() => {
    // Built into a scratch folder (not dist/, which `pnpm pack` rebuilds), beside a copy of package.json as in the
    // tarball: dist/node/vite finds the SDK's version there.
    const built = spawnSync(process.execPath, [join(sdkRoot, 'scripts', 'build.mjs'), '--out-dir', dist], { encoding: 'utf8' });
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
    copyFileSync(join(sdkRoot, 'package.json'), join(scratch.dir, 'package.json'));
  });
  afterAll(() => scratch.cleanup());

  it('is semver from 1.1.0, ships dist/ and the schema but no TypeScript source, and has no tsx or @types at run time', () => {
    expect(pkg.version).toMatch(/^1\.(?:[1-9]|\d{2,})\.\d+/);
    expect(pkg.files).toContain('dist');
    expect(pkg.files.filter((file) => file.startsWith('src'))).toEqual(['src/shared/manifest.schema.json']);
    expect(Object.keys(pkg.dependencies).filter((name) => name === 'tsx' || name.startsWith('@types/'))).toEqual([]);
    expect(existsSync(join(sdkRoot, 'CHANGELOG.md'))).toBe(true);
    expect(readFileSync(join(sdkRoot, 'CHANGELOG.md'), 'utf8')).toContain(`## ${pkg.version}`);
  });

  it('declares the same entry points as the workspace, each types first and inside dist/', () => {
    const published = pkg.publishConfig.exports;
    expect(Object.keys(published).sort()).toEqual(Object.keys(pkg.exports).sort());
    for (const [key, target] of Object.entries(published)) {
      if (typeof target === 'string') {
        expect(target, key).toBe(pkg.exports[key]);
        continue;
      }
      expect(Object.keys(target), key).toEqual(['types', 'default']);
      expect(target.default, key).toMatch(/^\.\/dist\/.+\.js$/);
      expect(target.types, key).toBe(target.default.replace(/\.js$/, '.d.ts'));
      expect(existsSync(join(scratch.dir, target.default)), target.default).toBe(true);
      expect(existsSync(join(scratch.dir, target.types)), target.types).toBe(true);
    }
  });

  it('declarations import .js siblings, not .ts (a project type-checks it without allowImportingTsExtensions)', () => {
    const declarations = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.d.ts'));
    expect(declarations.length).toBeGreaterThan(20);
    for (const entry of declarations) {
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      expect(text, entry.name).not.toMatch(/from\s*['"]\.{1,2}\/[^'"]+\.tsx?['"]/);
    }
  });

  for (const [entry, names] of Object.entries(surface)) {
    it(`${entry} of dist/ exports exactly the same public names`, async () => {
      const target = pkg.publishConfig.exports[entry] as { default: string };
      const mod = (await import(pathToFileURL(join(scratch.dir, target.default)).href)) as Record<string, unknown>;
      expect(Object.keys(mod).sort()).toEqual([...names].sort());
    });
  }

  it('runs the CLI from dist/ when there is no source beside it', () => {
    // The published bin/toolbox.js next to dist/ only, as in node_modules/@toolbox/sdk.
    const bin = join(scratch.dir, 'bin');
    mkdirSync(bin);
    copyFileSync(join(sdkRoot, 'bin', 'toolbox.js'), join(bin, 'toolbox.js'));
    const run = spawnSync(process.execPath, [join(bin, 'toolbox.js'), '--help'], { encoding: 'utf8', env: { ...process.env, TOOLBOX_LANG: 'en' } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('create');
  });
});
