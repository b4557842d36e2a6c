import type { SessionDto } from '@toolbox/sdk/api';
import { changeMyPassword, endMyOtherSessions, endMySession, listMySessions, patchMe } from '@toolbox/sdk/api/client';
import { request } from '../../api/http.ts';

/** One of your sessions as `GET /api/me/sessions` lists it. */
export type SessionItem = SessionDto;

export const changePassword = (currentPassword: string, newPassword: string) => request(changeMyPassword, { body: { currentPassword, newPassword } });
export const renameMe = (name: string) => request(patchMe, { body: { name } });
export const fetchSessions = async () => (await request(listMySessions)).items;
export const endSession = (id: string) => request(endMySession, { params: { id } });
export const endOtherSessions = () => request(endMyOtherSessions);
