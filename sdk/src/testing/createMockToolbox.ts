import { desktopHref } from '../shared/desktopHref.ts';
import { SDK_API_VERSION } from '../shared/version.ts';
import type { ToolboxOrg } from '../shared/hostOrgFiles.ts';
import type { Locale, LocalizedText, Manifest, Notice, ToolboxContext, ToolboxUnit, ToolboxUser } from '../shared/types.ts';
import { createMemoryData } from './createMemoryData.ts';
import { createMemoryFiles } from './createMemoryFiles.ts';
import { createMemoryOrg, type MemoryOrgOptions } from './createMemoryOrg.ts';

/** Options of `createMockToolbox`; everything has a sensible default (a staff member of a 华阳路 residents' committee). */
export interface MockToolboxOptions {
  /**
   * The app's manifest (a JSON import of `toolbox.manifest.json` fits): its `collections` make the in-memory data
   * strict, as the registry is. Only `id`, `name`, `version` and `collections` are read.
   */
  manifest?: Pick<Partial<Manifest>, 'id' | 'name' | 'version' | 'collections'>;
  user?: Partial<ToolboxUser>;
  unit?: Partial<ToolboxUnit>;
  locale?: Locale;
  /** Records to start with, per collection. */
  seed?: Record<string, Record<string, unknown>[]>;
  /** The org tree `toolbox.org` reads (default: the user's unit and its ancestors, the user and two colleagues). */
  org?: MemoryOrgOptions;
}

/** A `ToolboxContext` that runs without a host, plus handles to drive it and to see what the app did. */
export interface MockToolbox extends ToolboxContext {
  /** Switches the language and tells every `onLocaleChange` listener, as the host's switch does. */
  setLocale(locale: Locale): void;
  /** Every `notify` call, oldest first. */
  readonly notices: Notice[];
  /** Every `navigate` target, oldest first. */
  readonly navigations: string[];
  /** Every `track` name, oldest first. */
  readonly tracked: string[];
  /** In-memory photo uploads (refused by content and size as the registry refuses them). */
  files: ReturnType<typeof createMemoryFiles>;
  org: ToolboxOrg;
}

/** The origin the double pretends to be the desktop's, to resolve `navigate` targets against. */
const MOCK_DESKTOP = 'http://desktop.invalid';

/**
 * Makes a working host API for tests, Storybook and the `toolbox dev` shell: a signed-in user and unit, a locale
 * switch, and in-memory collections validated against the manifest's schemas.
 */
export function createMockToolbox(options: MockToolboxOptions = {}): MockToolbox {
  const listeners = new Set<(locale: Locale) => void>();
  const user: ToolboxUser = { id: 'u-staff', name: '张敏', role: 'staff', ...options.user };
  const unit: ToolboxUnit = {
    id: 'huayanglu-01',
    name: '华阳居委会',
    path: ['长宁区', '华阳路街道', '华阳居委会'],
    ...options.unit,
  };
  const name: LocalizedText = options.manifest?.name ?? { 'zh-CN': '开发中的轻应用', en: 'App in development' };
  const mock: MockToolbox = {
    apiVersion: SDK_API_VERSION,
    app: { id: options.manifest?.id ?? 'dev-app', version: options.manifest?.version ?? '0.0.0', name },
    user,
    unit,
    locale: options.locale ?? 'zh-CN',
    onLocaleChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(to) {
      // Refused as the desktop refuses it (another site, javascript:, /api/…): an app's test meets the same error.
      desktopHref(to, mock.app.id, `${MOCK_DESKTOP}/app/${encodeURIComponent(mock.app.id)}`);
      mock.navigations.push(to);
    },
    notify(notice) {
      mock.notices.push(notice);
    },
    track(trackName) {
      mock.tracked.push(trackName);
    },
    data: createMemoryData({
      ...(options.manifest?.collections ? { collections: options.manifest.collections } : {}),
      ...(options.seed ? { seed: options.seed } : {}),
      unitId: unit.id,
      userId: user.id,
    }),
    setLocale(locale) {
      mock.locale = locale;
      for (const listener of [...listeners]) listener(locale);
    },
    notices: [],
    navigations: [],
    tracked: [],
    files: createMemoryFiles(),
    org: createMemoryOrg(user, unit, options.org),
  };
  return mock;
}
