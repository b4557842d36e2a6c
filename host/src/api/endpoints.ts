import type { AppDto, AuthMethods, UserDto } from '@toolbox/sdk/api';
import { getApp, getAuthMethods, getCatalog, getMe, getPins, login as loginRoute, logout as logoutRoute, putPins, rateApp as rateRoute } from '@toolbox/sdk/api/client';
import { request } from './http.ts';

/** The signed-in user as `/api/auth/login` and `/api/me` return it. */
export type Me = UserDto;

/** What the desktop reads of `GET /api/apps/:id`: enough to say why an app is gone. */
export type AppDetail = Pick<AppDto, 'id' | 'name' | 'status' | 'retirement'>;

export const login = (username: string, password: string) => request(loginRoute, { body: { username, password } });
/** After a single sign-on, `endSessionUrl` is the provider's sign-out page, where the browser is to go next. */
export const logout = () => request(logoutRoute);
/** What the sign-in page offers: password (for everyone, or only break-glass accounts) and single sign-on. */
export type { AuthMethods };
export const fetchAuthMethods = () => request(getAuthMethods);
export const fetchMe = () => request(getMe);
export const fetchCatalog = () => request(getCatalog);
export const fetchApp = (id: string): Promise<AppDetail> => request(getApp, { params: { id } });
export const fetchPins = () => request(getPins);
export const savePins = (pins: string[]) => request(putPins, { body: { pins } });
export const rateApp = (id: string, score: number, comment?: string) => request(rateRoute, { params: { id }, body: comment ? { score, comment } : { score } });
