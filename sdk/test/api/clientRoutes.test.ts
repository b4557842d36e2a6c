// `@toolbox/sdk/api/client` must name every route of the contract, with the same method and URL, and nothing else;
// and its module graph must stay free of TypeBox and of the schema files, or browser bundles grow back.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as contract from '../../src/shared/api/index.ts';
import * as refs from '../../src/shared/api/clientRoutes.ts';
import { importGraph } from '../helpers/importGraph.ts';

const apiDir = join(import.meta.dirname, '..', '..', 'src', 'shared', 'api');

function isRoute(value: unknown): value is { method: string; url: string; schema?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { method?: unknown }).method === 'string' && typeof (value as { url?: unknown }).url === 'string';
}

const contractRoutes = Object.entries(contract).filter(([, value]) => isRoute(value) && 'schema' in value);
const clientRefs = Object.entries(refs).filter(([, value]) => isRoute(value));

describe('client route references', () => {
  it('name every route of the contract with its method and URL, and no other', () => {
    expect(contractRoutes.length).toBeGreaterThan(50);
    const ofContract = Object.fromEntries(contractRoutes.map(([name, route]) => [name, `${(route as { method: string }).method} ${(route as { url: string }).url}`]));
    const ofClient = Object.fromEntries(clientRefs.map(([name, ref]) => [name, `${(ref as { method: string }).method} ${(ref as { url: string }).url}`]));
    expect(ofClient).toEqual(ofContract);
    // Only references in that module: a schema slipping in would be shipped.
    expect(Object.keys(refs).sort()).toEqual(Object.keys(ofClient).sort());
    for (const [name, ref] of clientRefs) expect(Object.keys(ref as object).sort(), name).toEqual(['method', 'url']);
  });

  it('are accepted by the client as the full routes are (one request each way, same URL)', async () => {
    const seen: string[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(`${init?.method} ${String(input)}`);
      return new Response('{"items":[]}', { status: 200 });
    };
    const client = contract.createApiClient({ fetch });
    await client.request(refs.listAudit, { query: { app: 'visit-log' } });
    await client.request(contract.listAudit, { query: { app: 'visit-log' } });
    await client.request(refs.getApp, { params: { id: 'a b' } });
    expect(seen).toEqual(['GET /api/audit?app=visit-log', 'GET /api/audit?app=visit-log', 'GET /api/apps/a%20b']);
  });

  it('load no TypeBox and no schema file at run time (type-only imports aside)', () => {
    // `import type`/`export type` are erased when compiled; everything else is loaded.
    const graph = importGraph(join(apiDir, 'clientEntry.ts'), { typeImports: false });
    for (const [file, specs] of graph) for (const spec of specs) expect(spec, `${file} imports ${spec}`).not.toMatch(/typebox/i);
    const files = [...graph.keys()].map((file) => file.slice(apiDir.length + 1)).sort();
    expect(files).toEqual(['client.ts', 'clientEntry.ts', 'clientRoutes.ts', 'codeTextZh.ts', 'errorMessage.ts', 'reviewLabels.ts', 'unreachable.ts']);
  });
});
