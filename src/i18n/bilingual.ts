/**
 * Labels for the admin: Simplified Chinese for the newsroom, English for anyone else.
 * Payload picks the entry that matches the user's admin language.
 */
export const bilingual = (zh: string, en: string) => ({ zh, en })
