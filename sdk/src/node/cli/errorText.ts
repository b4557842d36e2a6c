import type { SdkErrorCode } from '../../errors.ts';
import { isToolboxCode, type ToolboxCode } from '../../shared/api/codes.ts';
import type { Locale } from '../../shared/types.ts';

/** The SDK's error messages in Chinese, with the same `{0}`, `{1}` placeholders as the catalogue (errors.ts). */
export const SDK_ERRORS_ZH: Record<SdkErrorCode, string> = {
  TOOLBOX_MANIFEST_INVALID: 'toolbox.manifest.json 不合规：{0}',
  TOOLBOX_MANIFEST_NOT_FOUND: '{0} 里没有 toolbox.manifest.json',
  TOOLBOX_MANIFEST_UNREADABLE: '{0} 里的 toolbox.manifest.json 不是合法的 JSON：{1}',
  TOOLBOX_SDK_NO_DOM_ELEMENT: '宿主没有给 {0} 传入 props.domElement',
  TOOLBOX_SDK_NO_CONTEXT: '宿主没有给 {0} 传入 props.toolbox（ToolboxContext）',
  TOOLBOX_SDK_OUTSIDE_APP: '{0} 在轻应用之外被调用（上层没有 ToolboxProvider）',
  TOOLBOX_DIST_MISSING: '{0} 没有构建产物',
  TOOLBOX_DIST_ENTRY_MISSING: '清单指定的入口 {0} 不在 dist/ 里',
  TOOLBOX_DIST_HASH_MISMATCH: '{0} 的 sha256 与清单不符',
  TOOLBOX_DIST_FILE_MISSING: '清单列出的文件 {0} 不在 dist/ 里',
  TOOLBOX_DIST_FILE_UNLISTED: '文件 {0} 在 dist/ 里，但清单没有列出它',
  TOOLBOX_COLLECTION_NOT_FOUND: '清单没有声明名为 {0} 的集合',
  TOOLBOX_RECORD_INVALID: '记录不合规：{0}',
  TOOLBOX_RECORD_NOT_FOUND: '集合 {0} 中没有记录 {1}',
  TOOLBOX_RECORD_CHANGED: '集合 {0} 的记录 {1} 在读取第 {2} 版之后已被修改（现为第 {3} 版）：没有写入',
  TOOLBOX_QUERY_INVALID: '查询条件有误：{0}',
  TOOLBOX_QUERY_FIELD_UNKNOWN: '查询的字段不存在：{0}',
  TOOLBOX_EXPORT_TOO_LARGE: '导出的记录超过上限：{0}',
  TOOLBOX_EXPORT_PHOTOS_TOO_LARGE: '导出的照片超过上限：{0}',
  TOOLBOX_ATTACHMENT_NOT_IMAGE: '{0}：文件不是 JPG、PNG 或 WebP 格式的照片（按内容判断，不看文件名）',
  TOOLBOX_ATTACHMENT_TOO_LARGE: '{0}：照片太大（{1}）',
  TOOLBOX_DATA_REQUEST_FAILED: '数据请求失败：{0} {1} {2}',
  TOOLBOX_NAVIGATE_REFUSED: 'toolbox.navigate(to) 拒绝了 to = {0}：不是本工作台的路径（/、/app/<id>、./…）',
  TOOLBOX_CLI_DIR_NOT_EMPTY: '目录 {0} 已存在且不是空的',
  TOOLBOX_CLI_BAD_ID: '无法从 {0} 得到应用 id：只能用小写字母、数字和连字符，以字母开头',
  TOOLBOX_CLI_NO_REGISTRY: '没有指定注册中心（registry）',
  TOOLBOX_CLI_NO_TOKEN: '没有 {0} 的令牌',
  TOOLBOX_CLI_REGISTRY_UNREACHABLE: '连不上注册中心 {0}：{1}',
  TOOLBOX_CLI_REGISTRY_ERROR: '注册中心返回 {0} {1}：{2}',
  TOOLBOX_CLI_BUILD_FAILED: 'Vite 构建失败：{0}',
  TOOLBOX_CLI_OUT_DIR: 'vite.config 把应用构建到 {0}/，但 toolbox validate 和 toolbox publish 读取的是 dist/',
};

type Step = Readonly<Record<Locale, string>>;

const rebuild: Step = {
  'zh-CN': '运行 toolbox build 重新构建，toolbox validate 通过后再发布',
  en: 'run toolbox build again, and publish once toolbox validate passes',
};
const openInShell: Step = { 'zh-CN': '在工作台或 toolbox dev 的开发壳里打开应用', en: 'open the app on the desktop or in the toolbox dev shell' };
const shrinkBuild: Step = {
  'zh-CN': '减小构建产物（去掉大文件、压缩图片）后重新构建并发布',
  en: 'make the build smaller (drop large files, compress images), then build and publish again',
};
const relogin: Step = {
  'zh-CN': '运行 toolbox login --registry <注册中心地址> 重新登录，或用 --token 传入有效令牌',
  en: 'run toolbox login --registry <registry URL> to sign in again, or pass a valid --token',
};

/**
 * What to do next, for every code the CLI can end with: the SDK's own and the registry's (both from the code registry,
 * shared/api/codes.ts, so a misspelt code fails to compile). A code not listed here still gets the general advice.
 */
const NEXT_STEPS: Readonly<Partial<Record<ToolboxCode, Step>>> = {
  TOOLBOX_MANIFEST_INVALID: {
    'zh-CN': '按上面每一行的提示修改 toolbox.manifest.json，再运行 toolbox validate 检查',
    en: 'fix toolbox.manifest.json as each line above says, then run toolbox validate',
  },
  TOOLBOX_MANIFEST_NOT_FOUND: {
    'zh-CN': '在应用目录里运行（或把应用目录作为参数传入）；还没有应用时用 toolbox create <目录> 新建一个',
    en: "run it in the app's directory (or pass that directory); to start an app, run toolbox create <dir>",
  },
  TOOLBOX_MANIFEST_UNREADABLE: {
    'zh-CN': '按上面的位置修正 toolbox.manifest.json 的 JSON 语法（引号、逗号、括号），再运行 toolbox validate',
    en: 'fix the JSON syntax of toolbox.manifest.json at the place named above (quotes, commas, brackets), then run toolbox validate',
  },
  TOOLBOX_DIST_MISSING: { 'zh-CN': '先运行 toolbox build', en: 'run toolbox build first' },
  TOOLBOX_DIST_ENTRY_MISSING: rebuild,
  TOOLBOX_DIST_HASH_MISMATCH: rebuild,
  TOOLBOX_DIST_FILE_MISSING: rebuild,
  TOOLBOX_DIST_FILE_UNLISTED: rebuild,
  TOOLBOX_SDK_NO_DOM_ELEMENT: openInShell,
  TOOLBOX_SDK_NO_CONTEXT: openInShell,
  TOOLBOX_SDK_OUTSIDE_APP: {
    'zh-CN': '只在 createReactLightApp 渲染的组件里使用它',
    en: 'use it only in components that createReactLightApp renders',
  },
  TOOLBOX_COLLECTION_NOT_FOUND: {
    'zh-CN': '在 toolbox.manifest.json 的 collections 里声明这个集合',
    en: 'declare the collection under collections in toolbox.manifest.json',
  },
  TOOLBOX_RECORD_INVALID: { 'zh-CN': '按集合的 schema 修正这条记录', en: "fix the record to fit the collection's schema" },
  TOOLBOX_RECORD_NOT_FOUND: { 'zh-CN': '刷新列表：这条记录可能已被删除', en: 'reload the list: the record may have been deleted' },
  TOOLBOX_RECORD_CHANGED: {
    'zh-CN': '用 error.current 重新显示这条记录，让用户看过对方的修改后再保存（再保存时用它的 revision）',
    en: 'show error.current again, and let the user save after seeing the other change (on its revision)',
  },
  TOOLBOX_QUERY_INVALID: { 'zh-CN': '按 field:op:value 写筛选条件，op 为 eq、gt、gte、lt、lte', en: 'write each filter as field:op:value, op one of eq, gt, gte, lt, lte' },
  TOOLBOX_QUERY_FIELD_UNKNOWN: { 'zh-CN': '只用集合 schema 中声明的字段筛选、排序和搜索', en: "filter, sort and search only on fields the collection's schema declares" },
  TOOLBOX_EXPORT_TOO_LARGE: { 'zh-CN': '用筛选缩小范围，分几次导出', en: 'narrow the filters and export in parts' },
  TOOLBOX_EXPORT_PHOTOS_TOO_LARGE: { 'zh-CN': '用筛选缩小范围分几次导出，或导出不含照片的表格', en: 'narrow the filters and export in parts, or export without photos' },
  TOOLBOX_ATTACHMENT_NOT_IMAGE: { 'zh-CN': '换一张 JPG、PNG 或 WebP 格式的照片（按内容判断，改扩展名没有用）', en: 'pick a JPG, PNG or WebP photo (the content counts, not the file name)' },
  TOOLBOX_ATTACHMENT_TOO_LARGE: { 'zh-CN': '换一张不超过 10 MB 的照片，或调低相机分辨率', en: 'pick a photo under 10 MB, or lower the camera resolution' },
  TOOLBOX_DATA_REQUEST_FAILED: { 'zh-CN': '稍后重试；如果一直失败，请联系应用的负责人', en: 'try again later; if it keeps failing, contact the app owner' },
  TOOLBOX_NAVIGATE_REFUSED: {
    'zh-CN': 'toolbox.navigate() 只接受本工作台的路径（/、/app/<id>）或本应用内的路径（./…）；要打开别的网站，请用普通链接（<a href target="_blank">）',
    en: 'toolbox.navigate() takes only a path of the desktop (/, /app/<id>) or of the app (./…); to open another site, use a plain link (<a href target="_blank">)',
  },
  TOOLBOX_CLI_DIR_NOT_EMPTY: { 'zh-CN': '换一个新的目录名，或先清空该目录', en: 'choose a new directory, or empty that one first' },
  TOOLBOX_CLI_BAD_ID: { 'zh-CN': '用 --id 指定应用 id，例如 --id visit-log', en: 'pass the app id with --id, e.g. --id visit-log' },
  TOOLBOX_CLI_NO_REGISTRY: {
    'zh-CN': '加上 --registry <注册中心地址>，或先运行 toolbox login --registry <注册中心地址>',
    en: 'pass --registry <registry URL>, or run toolbox login --registry <registry URL> first',
  },
  TOOLBOX_CLI_NO_TOKEN: {
    'zh-CN': '运行 toolbox login --registry <注册中心地址> 登录，或设置 TOOLBOX_TOKEN、传入 --token',
    en: 'run toolbox login --registry <registry URL>, or set TOOLBOX_TOKEN or pass --token',
  },
  TOOLBOX_CLI_REGISTRY_UNREACHABLE: {
    'zh-CN': '检查注册中心地址是否正确、服务是否在运行（在浏览器里打开这个地址试试）',
    en: 'check the registry URL and that the server runs (try the URL in a browser)',
  },
  TOOLBOX_CLI_BUILD_FAILED: {
    'zh-CN': '按上面 Vite 的报错修改代码后重试；设置 TOOLBOX_VERBOSE=1 可看到完整的构建日志',
    en: "fix the code as Vite's message above says and try again; TOOLBOX_VERBOSE=1 shows the whole build log",
  },
  TOOLBOX_CLI_OUT_DIR: {
    'zh-CN': '删掉 vite.config.ts 里的 build.outDir（轻应用总是构建到 dist/），再运行 toolbox build',
    en: 'remove build.outDir from vite.config.ts (a light app always builds into dist/), then run toolbox build again',
  },
  // The registry's codes (docs/registry-server.md).
  TOOLBOX_UNAUTHENTICATED: relogin,
  TOOLBOX_TOKEN_EXPIRED: relogin,
  TOOLBOX_LOGIN_FAILED: {
    'zh-CN': '检查用户名和密码后重试；忘记密码请联系单位的管理员重置',
    en: 'check the user name and password and try again; an admin can reset a forgotten password',
  },
  TOOLBOX_FORBIDDEN: {
    'zh-CN': '用这个应用的所有者（开发者）或管理员的账号登录后再试（toolbox login）',
    en: "sign in as the app's owner (developer) or an admin and try again (toolbox login)",
  },
  TOOLBOX_TOKEN_SCOPE: {
    'zh-CN': '这个令牌的权限不够：运行 toolbox login --scope publish（需要时加 --apps <应用 id>）换一个令牌',
    en: 'the token may not do this: run toolbox login --scope publish (with --apps <app id> if needed) for another one',
  },
  TOOLBOX_VERSION_EXISTS: {
    'zh-CN': '已发布的版本不能覆盖：把 toolbox.manifest.json 的 version 调高（如 1.0.1），运行 toolbox build 后再发布',
    en: 'a published version cannot be replaced: raise version in toolbox.manifest.json (e.g. 1.0.1), run toolbox build and publish again',
  },
  TOOLBOX_VERSION_NOT_NEWER: {
    'zh-CN': '把 toolbox.manifest.json 的 version 调到高于当前版本，运行 toolbox build 后再发布；确需发布更低的版本时加 --allow-older',
    en: 'raise version in toolbox.manifest.json above the current one, run toolbox build and publish again; add --allow-older to publish a lower one on purpose',
  },
  TOOLBOX_MANIFEST_MISSING: rebuild,
  TOOLBOX_MANIFEST_ID_MISMATCH: {
    'zh-CN': '清单的 id 与要发布的应用不一致：检查 toolbox.manifest.json 的 id 和 --app',
    en: "the manifest's id is not the app you publish to: check id in toolbox.manifest.json and --app",
  },
  TOOLBOX_UNIT_NOT_FOUND: {
    'zh-CN': '运行 toolbox units 查看单位 id，改正 owner.unit 或 visibility.units 后重新构建',
    en: 'run toolbox units to see the unit ids, fix owner.unit or visibility.units and build again',
  },
  TOOLBOX_APP_NOT_FOUND: {
    'zh-CN': '检查应用 id（--app 或清单的 id）；新应用在第一次 toolbox publish 时登记',
    en: "check the app id (--app or the manifest's id); a new app is registered by its first toolbox publish",
  },
  TOOLBOX_VERSION_NOT_FOUND: { 'zh-CN': '运行 toolbox versions 查看已发布的版本', en: 'run toolbox versions to see the published versions' },
  TOOLBOX_APP_RETIRED: {
    'zh-CN': '这个应用已下线：请管理员在管理后台恢复后再操作',
    en: 'the app is retired: ask an admin to restore it in the admin console first',
  },
  TOOLBOX_INVALID_TRANSITION: {
    'zh-CN': '运行 toolbox versions 查看各版本的状态：待审核的版本要管理员或审核员通过后才能成为当前版本',
    en: 'run toolbox versions to see each version\'s status: a pending version becomes current once an admin or reviewer approves it',
  },
  TOOLBOX_ENTRY_NOT_FOUND: rebuild,
  TOOLBOX_BUNDLE_HASH_MISMATCH: rebuild,
  TOOLBOX_BUNDLE_MISSING: rebuild,
  TOOLBOX_PRELOAD_INVALID: rebuild,
  TOOLBOX_ARCHIVE_INVALID: rebuild,
  TOOLBOX_ARCHIVE_UNSAFE: rebuild,
  TOOLBOX_ARCHIVE_TIMEOUT: rebuild,
  TOOLBOX_BUNDLE_FILE_TYPE: {
    'zh-CN': '把这个文件移出 dist/（或改成 JS、CSS、图片等远程模块需要的类型），重新构建后再发布',
    en: 'move the file out of dist/ (or use a type a remote needs: JS, CSS, images…), build and publish again',
  },
  TOOLBOX_ARCHIVE_TOO_LARGE: shrinkBuild,
  TOOLBOX_PAYLOAD_TOO_LARGE: shrinkBuild,
  TOOLBOX_ENTRY_URL_INVALID: { 'zh-CN': 'entry 要写成 http:// 或 https:// 开头的地址', en: 'give entry as an http:// or https:// URL' },
  TOOLBOX_RATE_LIMITED: { 'zh-CN': '请求太频繁：等一会儿再试', en: 'too many requests: wait a little and try again' },
  TOOLBOX_INTERNAL: {
    'zh-CN': '稍后再试；仍然失败时，把这段输出和时间发给注册中心的管理员',
    en: "try again later; if it keeps failing, send this output and the time to the registry's admin",
  },
};

const noRights: Step = { 'zh-CN': '没有权限：检查这个文件或目录的权限，或换一个你能写入的目录', en: 'permission denied: check the rights on that file or directory, or use one you can write to' };

// Errors of the system rather than of Toolbox (Node's error codes), and anything unforeseen.
const SYSTEM_STEPS: Readonly<Record<string, Step>> = {
  EADDRINUSE: { 'zh-CN': '端口已被占用：用 --port 换一个端口，或先停掉占用它的程序', en: 'the port is in use: pick another with --port, or stop what holds it' },
  EACCES: noRights,
  EPERM: noRights,
  ENOENT: { 'zh-CN': '文件或目录不存在：检查路径是否写对，是否在应用目录里运行', en: "no such file or directory: check the path, and that you run it in the app's directory" },
  ENOTDIR: { 'zh-CN': '路径中有一段是文件而不是目录：检查路径是否写对', en: 'part of the path is a file, not a directory: check the path' },
  ENOSPC: { 'zh-CN': '磁盘已满：清理空间后重试', en: 'the disk is full: free some space and try again' },
  ERROR: {
    'zh-CN': '这是意料之外的错误：设置 TOOLBOX_VERBOSE=1 再运行一次可看到详细信息，并把输出发给 Toolbox 的维护者',
    en: 'this was not expected: run again with TOOLBOX_VERBOSE=1 for the details, and send the output to the Toolbox maintainers',
  },
};

const GENERAL: Step = {
  'zh-CN': '按上面的信息修正后重试；看不明白时，把这段输出发给注册中心的管理员',
  en: "fix what the message above says and try again; if it is unclear, send this output to the registry's admin",
};
const NOT_A_REGISTRY: Step = {
  'zh-CN': '检查 --registry 是否指向 Toolbox 注册中心（例如 http://127.0.0.1:4173），而不是别的网站',
  en: 'check that --registry points at a Toolbox registry (e.g. http://127.0.0.1:4173), not another site',
};

/** What to do after the error `code`, in `locale`; every code gets advice, a general one at worst. */
export function nextStepFor(code: string, locale: Locale): string {
  if (code === 'TOOLBOX_HTTP_ERROR') return NOT_A_REGISTRY[locale];
  return ((isToolboxCode(code) ? NEXT_STEPS[code] : undefined) ?? SYSTEM_STEPS[code] ?? GENERAL)[locale];
}

/** The SDK error `code` worded in `locale`, from its template and the values it was raised with. */
export function sdkErrorText(code: SdkErrorCode, englishMessage: string, args: readonly (string | number)[], locale: Locale): string {
  if (locale === 'en') return englishMessage;
  return SDK_ERRORS_ZH[code].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
