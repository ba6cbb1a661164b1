/** The collections that go through the editorial workflow. Pure, so admin components can import it too. */
export const EDITORIAL_COLLECTIONS = ['articles', 'projects', 'honors'] as const

export type EditorialCollection = (typeof EDITORIAL_COLLECTIONS)[number]
