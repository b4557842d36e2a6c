import { defineMessages, translate } from '../../shared/messages.ts';
import type { CliIo } from './CliIo.ts';
import { resolveLang } from './lang.ts';

// The CLI speaks Chinese by default, like the rest of Toolbox; `--lang en`, TOOLBOX_LANG=en or an English locale
// (LC_ALL, LANG = en_…) switch to English (lang.ts).
const zh = {
  created: '已创建轻应用 {id}，位于 {dir}',
  nextSteps: '下一步：\n  cd {dir}\n  npm install\n  npx toolbox dev        # 在开发壳中运行（热更新）\n  npx toolbox build      # 构建并校验\n  npx toolbox publish --registry <URL>',
  devListening: '开发壳已启动：{url}  （Ctrl+C 退出）',
  building: '正在构建 {id}@{version} …',
  built: '构建完成：{dir}',
  valid: '✔ {id}@{version} 校验通过：{files} 个文件，入口 {entry}',
  invalid: '✖ 校验未通过（{count} 个问题）：',
  publishing: '正在发布 {id}@{version} 到 {registry} …',
  published: '✔ 已发布 {id}@{version}：{url}',
  pendingReview: '✔ 已提交 {id}@{version}，等待审核：管理员或审核员通过后才会对其他人上线。在此之前只有你能在工作台上试用它（{url}）',
  dryRunHeader: '试发布（未保存任何内容）：{id}@{version}，对比当前版本 {base}',
  dryRunPending: '  发布后将等待审核（上架审核）',
  dryRunApproved: '  发布后将立即上线（所在单位免审核）',
  dryRunName: '  名称：{from} → {to}',
  dryRunVisibility: '  可见范围：{from} → {to}',
  dryRunEveryone: '所有人',
  dryRunEntry: '  入口：{from} → {to}',
  dryRunCollection: '数据集 {name}',
  dryRunIntegrity: '  入口文件 sha256：{integrity}（远端原地更新后需发布新版本）',
  dryRunFooter: '  其余 {unchanged} 个文件不变。去掉 --dry-run 即正式发布。',
  publishingExternal: '正在登记外部部署的 {id}@{version}（入口 {entry}）到 {registry} …',
  loginUser: '用户名：',
  loginPassword: '密码：',
  loggedIn: '✔ 已登录 {registry}，令牌（{scope}，{expires} 到期）保存在 {file}',
  noVersions: '{id} 还没有发布过版本',
  statusPending: '待审核',
  statusRejected: '已驳回',
  rolledBack: '✔ {id} 当前版本已切换为 {version}',
  failed: '✖ {code}：{message}',
  nextStep: '下一步：{step}',
  httpStatus: '（HTTP {status}）',
  problem: '  {path}：{message} [{code}]',
  unitsTitle: '组织架构中的单位（共 {count} 个）：',
  unitsDisabled: '（已停用）',
  unitsHint: '在 toolbox.manifest.json 的 owner.unit 或 visibility.units 中填写左列的单位 id。',
  unitsNone: '注册中心里还没有任何单位',
};
const en: typeof zh = {
  created: 'Created light app {id} in {dir}',
  nextSteps: 'Next:\n  cd {dir}\n  npm install\n  npx toolbox dev        # run it in the dev shell (HMR)\n  npx toolbox build      # build and validate\n  npx toolbox publish --registry <URL>',
  devListening: 'Dev shell running at {url}  (Ctrl+C to stop)',
  building: 'Building {id}@{version} …',
  built: 'Built: {dir}',
  valid: '✔ {id}@{version} is valid: {files} files, entry {entry}',
  invalid: '✖ Validation failed ({count} problems):',
  publishing: 'Publishing {id}@{version} to {registry} …',
  published: '✔ Published {id}@{version}: {url}',
  pendingReview: '✔ Submitted {id}@{version} for review: it goes live for others once an admin or reviewer approves it. Until then only you can try it on the desktop ({url})',
  dryRunHeader: 'Dry run (nothing stored): {id}@{version} against the current version {base}',
  dryRunPending: '  it would wait for review',
  dryRunApproved: '  it would go live at once (trusted unit)',
  dryRunName: '  name: {from} → {to}',
  dryRunVisibility: '  visibility: {from} → {to}',
  dryRunEveryone: 'everyone',
  dryRunEntry: '  entry: {from} → {to}',
  dryRunCollection: 'collection {name}',
  dryRunIntegrity: '  entry sha256: {integrity} (redeploying the remote in place needs a new version)',
  dryRunFooter: '  {unchanged} other files unchanged. Run without --dry-run to publish.',
  publishingExternal: 'Registering {id}@{version} deployed elsewhere (entry {entry}) with {registry} …',
  loginUser: 'Username: ',
  loginPassword: 'Password: ',
  loggedIn: '✔ Signed in to {registry}; the token ({scope}, expires {expires}) is stored in {file}',
  noVersions: '{id} has no published version yet',
  statusPending: 'pending review',
  statusRejected: 'rejected',
  rolledBack: '✔ The current version of {id} is now {version}',
  failed: '✖ {code}: {message}',
  nextStep: 'Next: {step}',
  httpStatus: '(HTTP {status})',
  problem: '  {path}: {message} [{code}]',
  unitsTitle: 'Units of the org tree ({count}):',
  unitsDisabled: ' (disabled)',
  unitsHint: 'Put a unit id from the left column in owner.unit or visibility.units of toolbox.manifest.json.',
  unitsNone: 'The registry has no units yet',
};

export type CliMessage = keyof typeof zh;

const messages = defineMessages({ 'zh-CN': zh, en });

/** The CLI's text for `key` in the user's language, with `{name}` placeholders filled. */
export function say(io: CliIo, key: CliMessage, params: Record<string, string | number> = {}): string {
  return translate(messages, io.lang ?? resolveLang([], io.env), key, params);
}
