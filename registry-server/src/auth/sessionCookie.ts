export const SESSION_COOKIE = 'toolbox_session';
