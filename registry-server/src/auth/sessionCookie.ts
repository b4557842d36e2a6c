export const SESSION_COOKIE = 'toolbox_session';
/** Sessions last a working week; signing in again makes a new one. */
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
