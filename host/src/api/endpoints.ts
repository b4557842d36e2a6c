import type { CatalogItem, LocalizedText, Role, UsageEvent } from '@toolbox/sdk';
import { api } from './http.ts';

export interface Me {
  id: string;
  username: string;
  name: string;
  role: Role;
  unit: { id: string; name: string; path: string[] };
}

export interface AppDetail {
  id: string;
  name: LocalizedText;
  status: 'active' | 'deprecated' | 'retired';
  retirement?: { reason: string; at: string; replacement?: { id: string; name: LocalizedText } };
}

export const login = (username: string, password: string) =>
  api<{ user: Me }>('/api/auth/login', { method: 'POST', body: { username, password } });
export const logout = () => api<unknown>('/api/auth/logout', { method: 'POST', body: {} });
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
