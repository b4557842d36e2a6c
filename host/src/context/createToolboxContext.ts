import { desktopHref, type CatalogItem, type Locale, type Notice, type ToolboxContext, type UsageEventType } from '@toolbox/sdk';
import type { Me } from '../api/endpoints.ts';
import type { AppVersion } from '../runtime/appVersion.ts';
import { createCollectionClient } from './createCollectionClient.ts';
import { createOrgClient } from './createOrgClient.ts';
import type { ListPrefetch } from './listPrefetch.ts';
import { attachmentUrl } from './attachmentUrl.ts';
import { toUploadError } from './toDataError.ts';

export interface HostServices {
  apiVersion: string;
  me(): Me;
  locale(): Locale;
  onLocaleChange(listener: (locale: Locale) => void): () => void;
  navigate(to: string): void;
  notify(notice: Notice): void;
  report(app: string, type: UsageEventType): void;
  /** The pages of `preloadData` collections read at the click (absent: every read goes to the server). */
  preloaded?: ListPrefetch;
}

/** The host API one app sees: its own identity, the user, the locale, navigation, notices, its data, and `track`. */
export function createToolboxContext(item: CatalogItem, version: AppVersion, host: HostServices): ToolboxContext {
  const me = host.me();
  return {
    apiVersion: host.apiVersion,
    app: { id: item.id, version: version.version, name: item.name },
    user: { id: me.id, name: me.name, role: me.role },
    unit: { id: me.unit.id, name: me.unit.name, path: [...me.unit.path] },
    get locale() {
      return host.locale();
    },
    onLocaleChange: (listener) => host.onLocaleChange(listener),
    navigate(to) {
      // `./x` stays inside the app; anything else is a desktop path. Nothing else: desktopHref throws.
      host.navigate(desktopHref(to, item.id, location.href));
    },
    notify: (notice) => host.notify(notice),
    data: { collection: (name) => createCollectionClient(item.id, name, host.preloaded) },
    files: {
      // The uploader is fetched at the first upload; without a connection that fails as the upload itself would.
      upload: (file, options) =>
        import('./uploadPhoto.ts').then(
          ({ uploadPhoto }) => uploadPhoto(item.id, file, options),
          () => Promise.reject(toUploadError(0, { message: 'network error' }, options.field)),
        ),
      url: (id) => attachmentUrl(item.id, id),
    },
    org: createOrgClient(),
    track(name) {
      // Only the action's name: never content or timing.
      host.report(item.id, `action:${name.slice(0, 64)}`);
    },
  };
}
