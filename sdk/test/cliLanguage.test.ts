// The CLI speaks Chinese unless asked for English (`--lang en`, TOOLBOX_LANG, LC_ALL / LANG = en…), and every error
// it ends with says what to do next. `toolbox units` lists the org tree from a real registry with a read token.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDK_ERRORS } from '../src/errors.ts';
import { nextStepFor, SDK_ERRORS_ZH } from '../src/node/cli/errorText.ts';
import { resolveLang } from '../src/node/cli/lang.ts';
import { goodManifest } from './helpers/goodManifest.ts';
import { runCli } from './helpers/runCli.ts';
import { tempDir } from './helpers/tempApp.ts';

function appWith(dir: string, name: string, manifest: Record<string, unknown>): string {
  const app = join(dir, name);
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'toolbox.manifest.json'), JSON.stringify(manifest, null, 2));
  return app;
}

describe('the CLI language', () => {
  const scratch = tempDir('cli-lang');
  let misspelt: string;
  let badCollection: string;
  beforeAll(() => {
    misspelt = appWith(scratch.dir, 'misspelt', { ...goodManifest, descripton: { 'zh-CN': '走访' }, collections: { 'Visit Log': { type: 'object' } } });
    badCollection = appWith(scratch.dir, 'bad-collection', {
      ...goodManifest,
      collections: { visits: { type: 'object', required: ['titel'], properties: { title: { type: 'string' }, tel: { type: 'string', format: 'phone' } } } },
    });
  });
  afterAll(() => scratch.cleanup());

  it('resolves --lang, then TOOLBOX_LANG, then LC_ALL, LC_MESSAGES and LANG; Chinese otherwise', () => {
    expect(resolveLang([], {})).toBe('zh-CN');
    expect(resolveLang([], { LANG: 'C.UTF-8' })).toBe('zh-CN');
    expect(resolveLang([], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(resolveLang([], { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(resolveLang([], { LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(resolveLang([], { TOOLBOX_LANG: 'zh-CN', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(resolveLang(['validate', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(resolveLang(['--lang=zh-CN', 'units'], { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
  });

  it('validate: in Chinese by default, each field in words, then what to do next', async () => {
    const run = await runCli(['validate'], { cwd: misspelt });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('✖ 校验未通过（2 个问题）：');
    expect(run.stderr).toContain('  /descripton：清单没有字段 "descripton"，你是不是想写 "description"？ [TOOLBOX_MANIFEST_INVALID]');
    expect(run.stderr).toContain(
      '  /collections/Visit Log：集合名 "Visit Log" 不合规：须为小写字母、数字、下划线和连字符，以字母开头，最多 64 个字符，如 visits [TOOLBOX_MANIFEST_INVALID]',
    );
    expect(run.stderr).toContain('下一步：按上面每一行的提示修改 toolbox.manifest.json，再运行 toolbox validate 检查');
    expect(run.stderr).not.toMatch(/must|Validation/);
  });

  it.each([
    ['--lang en', ['validate', '--lang', 'en'], {}],
    ['LANG=en_US.UTF-8', ['validate'], { LANG: 'en_US.UTF-8' }],
    ['LC_ALL=en_GB.UTF-8', ['validate'], { LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }],
  ])('validate: in English with %s', async (_how, args, env) => {
    const run = await runCli(args, { cwd: misspelt, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('✖ Validation failed (2 problems):');
    expect(run.stderr).toContain('  /descripton: "descripton" is not a field of the manifest: did you mean "description"? [TOOLBOX_MANIFEST_INVALID]');
    expect(run.stderr).toContain('  /collections/Visit Log: collection name "Visit Log" must be lowercase letters, digits, underscores and hyphens');
    expect(run.stderr).toContain('Next: fix toolbox.manifest.json as each line above says, then run toolbox validate');
    expect(run.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('LC_ALL=zh_CN wins over LANG=en_US, as POSIX says', async () => {
    const run = await runCli(['validate'], { cwd: misspelt, env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } });
    expect(run.stderr).toContain('✖ 校验未通过');
  });

  it('a required name that is no property and an unknown format: one line each, in either language, no ajv warning', async () => {
    const zh = await runCli(['validate'], { cwd: badCollection });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(
      '  /collections/visits/required/0：集合 "visits" 把 "titel" 列为必填，但它不是该集合的属性（title、tel），这样每条记录都会被拒绝；你是不是想写 "title"？',
    );
    expect(zh.stderr.match(/"phone"/g)).toHaveLength(1);
    expect(zh.stderr).toContain('  /collections/visits/properties/tel/format：集合 "visits" 使用了未知的格式 "phone"：可用的格式有 date、');
    const en = await runCli(['validate', '--lang', 'en'], { cwd: badCollection });
    expect(en.stderr).toContain('  /collections/visits/required/0: "titel" is required but is not a property of collection "visits" (title, tel), so every record would be refused: did you mean "title"?');
    expect(en.stderr.match(/"phone"/g)).toHaveLength(1);
    for (const out of [zh.stdout + zh.stderr, en.stdout + en.stderr]) expect(out).not.toContain('ignored in schema');
  });

  it('patterns in words, with the value that broke them, in either language', async () => {
    const app = appWith(scratch.dir, 'bad-id', { ...goodManifest, id: 'Visit_Log', version: 'v1' });
    const zh = await runCli(['validate'], { cwd: app });
    expect(zh.stderr).toContain('  /id：须为小写字母、数字和连字符，以字母开头，连字符不能连用或结尾，如 visit-log（现为 "Visit_Log"） [TOOLBOX_MANIFEST_INVALID]');
    expect(zh.stderr).toContain('  /version：须为语义化版本号：主版本.次版本.修订号，如 1.0.0 或 1.2.0-beta.1（现为 "v1"）');
    const en = await runCli(['validate', '--lang=en'], { cwd: app });
    expect(en.stderr).toContain('  /id: must be lowercase letters, digits and hyphens, starting with a letter, no double or trailing hyphen, e.g. visit-log (got "Visit_Log")');
    expect(en.stderr).toContain('  /version: must be a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0 or 1.2.0-beta.1 (got "v1")');
  });

  it('build stops at the manifest with the code, each field in words, and the next step', async () => {
    const zh = await runCli(['build'], { cwd: badCollection });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('✖ TOOLBOX_MANIFEST_INVALID：toolbox.manifest.json 不合规：\n  /collections/visits/required/0: 集合 "visits" 把 "titel" 列为必填');
    expect(zh.stderr).toContain('下一步：按上面每一行的提示修改 toolbox.manifest.json');
    const en = await runCli(['build', '--lang', 'en'], { cwd: badCollection });
    expect(en.stderr).toContain('✖ TOOLBOX_MANIFEST_INVALID: toolbox.manifest.json is invalid: \n  /collections/visits/required/0: "titel" is required');
    expect(en.stderr).toContain('Next: fix toolbox.manifest.json as each line above says');
  });

  it('a usage error is worded in the language too, with the way to the help', async () => {
    const zh = await runCli(['bogus'], { cwd: scratch.dir });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe("✖ 未知命令 'bogus'\n下一步：运行 toolbox --help 查看所有命令，或 toolbox <命令> --help 查看某个命令的用法\n");
    const en = await runCli(['units', '--registry'], { cwd: scratch.dir, env: { LANG: 'en_US.UTF-8' } });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("✖ option '--registry <url>' argument missing\nNext: run toolbox --help");
  });

  it('help is in the language: titles, commands and options', async () => {
    const zh = await runCli(['--help'], { cwd: scratch.dir });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法：');
    expect(zh.stdout).toMatch(/units \[options\] +列出组织架构中的单位 id 和名称/);
    expect(zh.stdout).toContain('--lang <lang>');
    const en = await runCli(['units', '--help', '--lang', 'en'], { cwd: scratch.dir });
    expect(en.stdout).toContain('Usage: toolbox units [options]');
    expect(en.stdout).toContain('--json');
  });

  it('an SDK error names what is missing and what to do next', async () => {
    const run = await runCli(['units'], { cwd: scratch.dir, env: { XDG_CONFIG_HOME: scratch.dir } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '✖ TOOLBOX_CLI_NO_REGISTRY：没有指定注册中心（registry）\n下一步：加上 --registry <注册中心地址>，或先运行 toolbox login --registry <注册中心地址>\n',
    );
  });

  it('an error of the system, not of Toolbox, also ends with its code and a next step, not a stack trace', async () => {
    writeFileSync(join(scratch.dir, 'a-file'), 'not a directory');
    const zh = await runCli(['create', 'a-file/my-app'], { cwd: scratch.dir });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/^✖ ENOTDIR：.*a-file/);
    expect(zh.stderr).toContain('下一步：路径中有一段是文件而不是目录：检查路径是否写对');
    expect(zh.stderr).not.toMatch(/^\s+at /m);
    const verbose = await runCli(['create', 'a-file/my-app', '--lang', 'en'], { cwd: scratch.dir, env: { TOOLBOX_VERBOSE: '1' } });
    expect(verbose.stderr).toContain('Next: part of the path is a file, not a directory: check the path');
    expect(verbose.stderr).toMatch(/^\s+at /m);
  });

  it('every SDK error code has Chinese words and its own next step in both languages', () => {
    for (const code of Object.keys(SDK_ERRORS) as (keyof typeof SDK_ERRORS)[]) {
      expect(SDK_ERRORS_ZH[code], code).toMatch(/[\u4e00-\u9fff]/);
      // The placeholders of the English template are all used in the Chinese one.
      for (const [placeholder] of SDK_ERRORS[code].message.matchAll(/\{\d\}/g)) expect(SDK_ERRORS_ZH[code], code).toContain(placeholder);
      if (code === 'TOOLBOX_CLI_REGISTRY_ERROR') continue; // printed with the registry's own code and its next step
      expect(nextStepFor(code, 'zh-CN'), code).not.toBe(nextStepFor('TOOLBOX_NO_SUCH_CODE', 'zh-CN'));
      expect(nextStepFor(code, 'en'), code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

/** The part of the registry server this test drives (its source is imported at run time, not type-checked here). */
interface RegistryServer {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<unknown>;
}

describe('toolbox units against the real registry, with a read token', () => {
  const scratch = tempDir('cli-units');
  const env = { XDG_CONFIG_HOME: join(scratch.dir, 'config') };
  let registry: RegistryServer;
  let url: string;
  beforeAll(async () => {
    const entry = join(import.meta.dirname, '..', '..', 'registry-server', 'src', 'index.ts');
    const { buildApp } = (await import(entry)) as { buildApp: (o: object) => Promise<RegistryServer> };
    registry = await buildApp({ db: join(scratch.dir, 'toolbox.db'), dataDir: join(scratch.dir, 'bundles'), demo: true });
    url = await registry.listen({ port: 0, host: '127.0.0.1' });
    // A read token (the least a CLI token can be) is enough to list units.
    const login = await runCli(['login', '--registry', url, '--scope', 'read'], { cwd: scratch.dir, env, input: 'dev\ntoolbox\n' });
    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout).toContain('read');
  });
  afterAll(async () => {
    await registry?.close();
    scratch.cleanup();
  });

  it('--json gives the units as the registry lists them', async () => {
    const run = await runCli(['units', '--json'], { cwd: scratch.dir, env });
    expect(run.code, run.stderr).toBe(0);
    const units = JSON.parse(run.stdout) as { id: string; name: string; parentId: string | null }[];
    expect(units.find((u) => u.id === 'changning')).toMatchObject({ name: '长宁区', parentId: null });
    expect(units.find((u) => u.id === 'huayanglu-01')).toMatchObject({ parentId: 'huayanglu' });
  });

  it('prints the tree indented, ids in one column, with where to use them', async () => {
    const run = await runCli(['units'], { cwd: scratch.dir, env });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^组织架构中的单位（共 \d+ 个）：$/);
    expect(lines[1]).toMatch(/^changning +长宁区$/);
    const street = lines.findIndex((l) => /^ {2}huayanglu +华阳路街道$/.test(l));
    expect(street).toBeGreaterThan(1);
    expect(lines[street + 1]).toMatch(/^ {4}huayanglu-01 +华阳居委会$/);
    expect(lines.find((l) => l.includes('ops-centre'))).toMatch(/^ {2}ops-centre +区城运中心$/);
    // Names start in one column.
    const columns = new Set(lines.filter((l) => /^ *[a-z][a-z0-9-]* +\S/.test(l)).map((l) => l.search(/ \S+$/)));
    expect(columns.size).toBe(1);
    expect(run.stdout).toContain('在 toolbox.manifest.json 的 owner.unit 或 visibility.units 中填写左列的单位 id。');
    const en = await runCli(['units', '--lang', 'en'], { cwd: scratch.dir, env });
    expect(en.stdout).toMatch(/^Units of the org tree \(\d+\):$/m);
    expect(en.stdout).toContain('Put a unit id from the left column in owner.unit');
  });

  it('a registry error gets the registry code and message, and what to do next', async () => {
    const run = await runCli(['units', '--token', 'not-a-token'], { cwd: scratch.dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('✖ TOOLBOX_UNAUTHENTICATED：');
    expect(run.stderr).toContain('（HTTP 401）');
    expect(run.stderr).toContain('下一步：运行 toolbox login --registry <注册中心地址> 重新登录');
  });
});
