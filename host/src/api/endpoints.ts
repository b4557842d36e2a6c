import type { CatalogItem, LocalizedText, Role, UsageEvent } from '@toolbox/sdk';
import { api } from './http.ts';

export interface Me {
  id: string;
  username: string;
  name: string;
  role: Role;
  unit: { id: string; name: string; path: string[] };
  /** After a password reset: the desktop asks for a new password before anything else. */
  mustChangePassword?: boolean;
  /** The unit this user administers (a street's 管理员), if any. */
  adminOf?: { id: string; name: string; path: string[] } | null;
}

export interface AppDetail {
  id: string;
  name: LocalizedText;
  status: 'active' | 'deprecated' | 'retired';
  retirement?: { reason: string; at: string; replacement?: { id: string; name: LocalizedText } };
}

export const login = (username: string, password: string) =>
  api<{ user: Me }>('/api/auth/login', { method: 'POST', body: { username, password } });
/** After a single sign-on, `endSessionUrl` is the provider's sign-out page, where the browser is to go next. */
export const logout = () => api<{ endSessionUrl?: string } | undefined>('/api/auth/logout', { method: 'POST', body: {} });
/** What the sign-in page offers: password (for everyone, or only break-glass accounts) and single sign-on. */
export interface AuthMethods {
  password: boolean;
  passwordForSome: boolean;
  sso: { loginUrl: string } | null;
}
export const fetchAuthMethods = () => api<AuthMethods>('/api/auth/methods');
export const fetchMe = () => api<{ user: Me }>('/api/me');
export const fetchCatalog = () => api<{ items: CatalogItem[] }>('/api/catalog');
export async function fetchApp(id: string): Promise<AppDetail> {
  const body = await api<AppDetail | { app: AppDetail }>(`/api/apps/${encodeURIComponent(id)}`);
  return 'app' in body ? body.app : body;
}
export const fetchPins = () => api<{ pins: string[] }>('/api/me/pins');
export const savePins = (pins: string[]) => api<{ pins: string[] }>('/api/me/pins', { method: 'PUT', body: { pins } });
export const rateApp = (id: string, score: number, comment?: string) =>
  api<unknown>(`/api/apps/${encodeURIComponent(id)}/ratings`, { method: 'POST', body: comment ? { score, comment } : { score } });
export const postUsage = (events: UsageEvent[]) => api<unknown>('/api/usage', { method: 'POST', body: { events } });
