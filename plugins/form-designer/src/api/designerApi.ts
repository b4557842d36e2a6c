import type { FormDefinition } from '@toolbox/sdk/forms';
import { ApiError, createApiClient, listApps, listVersions, publishVersion, readSheetColumns } from '@toolbox/sdk/api/client';
import type { SheetColumns } from '@toolbox/sdk/api';

/** One of the maker's form apps, with what the designer needs to change it safely. */
export interface OwnFormApp {
  id: string;
  name: string;
  /** The live version's definition: what records were made under, the base of `compatibility()`. */
  current?: FormDefinition;
  /** The newest version's definition (maybe pending): what the maker goes on editing. */
  latest: FormDefinition;
  latestVersion: string;
  latestStatus: 'pending' | 'approved' | 'rejected';
}

export interface DesignerApi {
  /** The form apps the signed-in user owns (a maker's own; an admin's or developer's own). */
  ownFormApps(userId: string): Promise<{ id: string; name: string }[]>;
  loadFormApp(id: string): Promise<OwnFormApp>;
  /** Publishes (or with `dryRun` checks) a version; the server's refusal comes back as ApiError. */
  publish(form: FormDefinition, dryRun?: boolean): Promise<{ status: string; version: string }>;
  /** Records each pending change affects, by field or state key: a dry run of the undecided draft (409 details). */
  affectedRecords(undecided: FormDefinition): Promise<Map<string, number>>;
  /** A spreadsheet's columns with samples (POST /api/sheets/columns), to propose fields from; refusals as ApiError. */
  /** A file that cannot be read is refused in `lang` (the desktop's). */
  sheetColumns(file: Blob, fileName: string, lang?: 'zh-CN' | 'en'): Promise<SheetColumns>;
}

/** The registry through the contract's client, with the desktop's session (same origin). */
export function createDesignerApi(options: { baseUrl?: string; fetch?: typeof fetch } = {}): DesignerApi {
  const client = createApiClient({ credentials: 'include', ...options });
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const readDefinition = async (url: string) => {
    const res = await doFetch(url, { credentials: 'include' });
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return (await res.json()) as FormDefinition;
  };
  return {
    async ownFormApps(userId) {
      const { items } = await client.request(listApps);
      const own = items.filter((a) => a.owner.userId === userId && !a.retirement);
      const found = await Promise.all(
        own.map(async (a) => {
          const versions = await client.request(listVersions, { params: { id: a.id } });
          return versions.items.some((v) => v.kind === 'form') ? { id: a.id, name: a.name['zh-CN'] } : undefined;
        }),
      );
      return found.filter((a) => a !== undefined);
    },
    async loadFormApp(id) {
      const { items } = await client.request(listVersions, { params: { id } });
      const forms = items.filter((v) => v.kind === 'form' && v.status !== 'rejected');
      const latest = forms[0] ?? items[0];
      if (!latest) throw new Error(`${id}: no version`);
      const current = items.find((v) => v.current);
      const [latestDef, currentDef] = await Promise.all([readDefinition(latest.url), current && current !== latest ? readDefinition(current.url) : undefined]);
      return {
        id,
        name: latestDef.name['zh-CN'],
        latest: latestDef,
        latestVersion: latest.version,
        latestStatus: latest.status,
        ...(current ? { current: currentDef ?? latestDef } : {}),
      };
    },
    async publish(form, dryRun = false) {
      const reply = await client.request(publishVersion, { params: { id: form.id }, body: { form, ...(dryRun ? { dryRun } : {}) } });
      return 'dryRun' in reply ? { status: reply.status, version: reply.version } : { status: reply.version.status, version: reply.version.version };
    },
    sheetColumns(file, fileName, lang) {
      const body = new FormData();
      body.append('file', file, fileName);
      return client.request(readSheetColumns, { body, ...(lang ? { query: { lang } } : {}) });
    },
    async affectedRecords(undecided) {
      const counts = new Map<string, number>();
      try {
        await client.request(publishVersion, { params: { id: undecided.id }, body: { form: undecided, dryRun: true } });
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'TOOLBOX_FORM_CHANGE_NEEDS_DECISION') throw error;
        for (const d of error.details ?? []) {
          const key = d.params?.field ?? d.params?.state;
          if (typeof key === 'string' && typeof d.params?.records === 'number') counts.set(key, d.params.records);
        }
      }
      return counts;
    },
  };
}
