import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { defaultSdkSpec } from '../src/node/cli/defaultSdkSpec.ts';
import { runCli } from './helpers/runCli.ts';

const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
const outside = mkdtempSync(join(tmpdir(), 'toolbox-create-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

it('asks for this SDK from a registry outside the repository, and for the workspace copy inside it', () => {
  expect(defaultSdkSpec(join(outside, 'app'))).toBe(`^${version}`);
  expect(defaultSdkSpec(join(import.meta.dirname, '..', '..', 'plugins', 'new-app'))).toBe('workspace:*');
});

it('toolbox create outside the repository writes a project that installs @toolbox/sdk from the registry', async () => {
  const run = await runCli(['create', 'street-ledger'], { cwd: outside, env: { XDG_CONFIG_HOME: join(outside, 'config') } });
  expect(run.code, run.stderr).toBe(0);
  const pkg = JSON.parse(readFileSync(join(outside, 'street-ledger', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  expect(pkg.dependencies['@toolbox/sdk']).toBe(`^${version}`);
});
