import type { SessionDto } from '@toolbox/sdk/api';
import { api } from '../../api/http.ts';

/** One of your sessions as `GET /api/me/sessions` lists it. */
export type SessionItem = SessionDto;

export const changePassword = (currentPassword: string, newPassword: string) =>
  api<{ ok: true; otherSessionsEnded: number }>('/api/me/password', { method: 'PUT', body: { currentPassword, newPassword } });
export const renameMe = (name: string) => api<{ user: { name: string } }>('/api/me', { method: 'PATCH', body: { name } });
export const fetchSessions = async () => (await api<{ items: SessionItem[] }>('/api/me/sessions')).items;
export const endSession = (id: string) => api<undefined>(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const endOtherSessions = () => api<{ ended: number }>('/api/me/sessions', { method: 'DELETE' });
