/** The cookie that holds the session token (Auth.js's name; `__Secure-` on https). */
export const SESSION_COOKIE_NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;
