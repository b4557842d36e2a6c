import type { CatalogItem, UsageEvent } from '@toolbox/sdk';
import type { AppDto, AuthMethods, Pins, UserDto } from '@toolbox/sdk/api';
import { api } from './http.ts';

/** The signed-in user as `/api/auth/login` and `/api/me` return it. */
export type Me = UserDto;

/** What the desktop reads of `GET /api/apps/:id`: enough to say why an app is gone. */
export type AppDetail = Pick<AppDto, 'id' | 'name' | 'status' | 'retirement'>;

export const login = (username: string, password: string) =>
  api<{ user: Me }>('/api/auth/login', { method: 'POST', body: { username, password } });
/** After a single sign-on, `endSessionUrl` is the provider's sign-out page, where the browser is to go next. */
export const logout = () => api<{ endSessionUrl?: string } | undefined>('/api/auth/logout', { method: 'POST', body: {} });
/** What the sign-in page offers: password (for everyone, or only break-glass accounts) and single sign-on. */
export type { AuthMethods };
export const fetchAuthMethods = () => api<AuthMethods>('/api/auth/methods');
export const fetchMe = () => api<{ user: Me }>('/api/me');
export const fetchCatalog = () => api<{ items: CatalogItem[] }>('/api/catalog');
export async function fetchApp(id: string): Promise<AppDetail> {
  const body = await api<AppDetail | { app: AppDetail }>(`/api/apps/${encodeURIComponent(id)}`);
  return 'app' in body ? body.app : body;
}
export const fetchPins = () => api<Pins>('/api/me/pins');
export const savePins = (pins: string[]) => api<Pins>('/api/me/pins', { method: 'PUT', body: { pins } });
export const rateApp = (id: string, score: number, comment?: string) =>
  api<unknown>(`/api/apps/${encodeURIComponent(id)}/ratings`, { method: 'POST', body: comment ? { score, comment } : { score } });
export const postUsage = (events: UsageEvent[]) => api<unknown>('/api/usage', { method: 'POST', body: { events } });
