import { defineMessages, translator, type Locale, type Translate } from '@toolbox/sdk';

// The sign-in page is a chunk of its own (Shell.tsx), shown only to a browser without a session; its words travel with
// it, so a signed-in desktop's first load carries none of them. 'login.error' stays in the desktop's catalogue too:
// the shell says it when this chunk itself cannot be fetched.
const zhCN = {
  'login.title': '登录轻应用工具箱',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.busy': '正在登录…',
  'login.failed': '用户名或密码不正确',
  'login.error': '登录失败：{message}',
  'login.sso': '使用统一身份认证登录',
  'login.or': '或使用账号密码',
  'login.breakGlass': '管理员应急登录',
  'login.ssoOnly': '本系统使用统一身份认证登录，请点击上方按钮。',
  'login.sso.TOOLBOX_ACCOUNT_DISABLED': '你的账号已停用，请联系管理员。',
  'login.sso.TOOLBOX_SSO_USER_UNKNOWN': '工具箱中还没有你的账号，请联系管理员开通。',
  'login.sso.TOOLBOX_SSO_UNIT_UNKNOWN': '统一身份认证提供的所在单位在工具箱中不存在，请联系管理员。',
  'login.sso.TOOLBOX_SSO_CLAIM_MISSING': '统一身份认证没有提供用户名，请联系管理员。',
  'login.sso.other': '统一身份认证登录没有完成（{code}），请重试。',
} as const;

export type LoginKey = keyof typeof zhCN;

const en: Record<LoginKey, string> = {
  'login.title': 'Sign in to Toolbox',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Signing in…',
  'login.failed': 'Wrong username or password',
  'login.sso': 'Sign in with single sign-on',
  'login.or': 'or with username and password',
  'login.breakGlass': 'Administrator emergency sign-in',
  'login.ssoOnly': 'This system uses single sign-on: use the button above.',
  'login.sso.TOOLBOX_ACCOUNT_DISABLED': 'Your account is disabled: ask your administrator.',
  'login.sso.TOOLBOX_SSO_USER_UNKNOWN': 'You have no account in Toolbox yet: ask your administrator to add you.',
  'login.sso.TOOLBOX_SSO_UNIT_UNKNOWN': 'The unit single sign-on gave for you does not exist in Toolbox: ask your administrator.',
  'login.sso.TOOLBOX_SSO_CLAIM_MISSING': 'Single sign-on gave no username: ask your administrator.',
  'login.sso.other': 'Single sign-on did not complete ({code}): try again.',
  'login.error': 'Sign-in failed: {message}',
};

const messages = defineMessages({ 'zh-CN': zhCN, en });

export type LoginTranslate = Translate<typeof zhCN>;

/** The sign-in page's messages in `locale`. */
export function loginTranslator(locale: Locale): LoginTranslate {
  return translator(messages, locale);
}

/** Whether `key` is one of the sign-in page's messages (a single sign-on refusal code names one). */
export function isLoginKey(key: string): key is LoginKey {
  return key in zhCN;
}
