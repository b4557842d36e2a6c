import { defineMessages, translator, type Locale } from '@toolbox/sdk';

// 我的账号 and the forced password change load as a chunk of their own; their words travel with them, so the
// desktop's first load carries none of this.
const zhCN = {
  title: '我的账号',
  close: '关闭',
  nameSection: '姓名',
  nameLabel: '显示的姓名',
  save: '保存',
  saved: '姓名已保存',
  passwordSection: '修改密码',
  current: '当前密码',
  next: '新密码',
  confirm: '再次输入新密码',
  policy: '至少 10 个字符，不能是用户名，也不能是常见密码。',
  mismatch: '两次输入的新密码不一致',
  changePassword: '修改密码',
  changed: '密码已修改，其他设备上的登录已结束',
  changedTokens: '密码已修改，其他设备上的登录已结束，你的 {count} 个令牌已作废（用新密码重新创建）',
  sessionsSection: '登录设备',
  sessionsHelp: '长时间不操作或超过有效期的登录会自动结束。发现不认识的设备，请结束它并修改密码。',
  unknownBrowser: '未知浏览器',
  thisDevice: '当前设备',
  signedIn: '登录于 {at}',
  lastSeen: '最近活动 {at}',
  end: '结束',
  endLabel: '结束 {device} 的登录',
  endOthers: '结束其他所有登录',
  endedOthers: '已结束 {n} 个其他登录',
  ended: '已结束该登录',
  noOthers: '没有其他设备上的登录',
  forcedTitle: '请设置新密码',
  forcedHelp: '{name}：你正在使用管理员提供的临时密码。请先设置自己的新密码，再使用工具箱。',
  forcedCurrent: '临时密码',
  forcedSubmit: '设置新密码并进入',
  signOut: '退出登录',
  busy: '正在提交…',
};

export type AccountMessages = typeof zhCN;

const en: AccountMessages = {
  title: 'My account',
  close: 'Close',
  nameSection: 'Name',
  nameLabel: 'Name shown',
  save: 'Save',
  saved: 'Name saved',
  passwordSection: 'Change password',
  current: 'Current password',
  next: 'New password',
  confirm: 'New password again',
  policy: 'At least 10 characters, not your username and not a common password.',
  mismatch: 'The two new passwords differ',
  changePassword: 'Change password',
  changed: 'Password changed; your other sessions have ended',
  changedTokens: 'Password changed; your other sessions have ended and your {count} token(s) were revoked (create new ones with the new password)',
  sessionsSection: 'Where you are signed in',
  sessionsHelp: 'Sessions end after a while without use and at their end date. End any device you do not recognise and change your password.',
  unknownBrowser: 'Unknown browser',
  thisDevice: 'This device',
  signedIn: 'Signed in {at}',
  lastSeen: 'Last active {at}',
  end: 'End',
  endLabel: 'End the session on {device}',
  endOthers: 'End all other sessions',
  endedOthers: 'Ended {n} other sessions',
  ended: 'Session ended',
  noOthers: 'No other sessions',
  forcedTitle: 'Choose a new password',
  forcedHelp: '{name}: you signed in with a temporary password from an administrator. Choose your own before using the toolbox.',
  forcedCurrent: 'Temporary password',
  forcedSubmit: 'Set password and continue',
  signOut: 'Sign out',
  busy: 'Submitting…',
};

const messages = defineMessages({ 'zh-CN': zhCN, en });

/** 我的账号's `t(key, params)` in `locale`. */
export function accountMessages(locale: Locale) {
  return translator(messages, locale);
}
