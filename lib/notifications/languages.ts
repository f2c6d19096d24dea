/** The languages notifications are written in, as stored and as chosen in the forms. */
export const notificationLanguages = ['fi', 'sv', 'en'] as const;
