/** Honors grouped by level (in the vocabulary's order, highest first), then by year, newest first; undated last. */
export interface HonorLike {
  level: string
  year?: number | null
}

export interface HonorGroup<T> {
  level: string
  years: { year: number | null; honors: T[] }[]
}

export function groupHonors<T extends HonorLike>(honors: readonly T[], levelOrder: readonly string[]): HonorGroup<T>[] {
  const rank = (level: string) => {
    const index = levelOrder.indexOf(level)
    return index === -1 ? levelOrder.length : index
  }
  const levels = [...new Set(honors.map((honor) => honor.level))].sort((a, b) => rank(a) - rank(b))
  return levels.map((level) => {
    const inLevel = honors.filter((honor) => honor.level === level)
    const years = [...new Set(inLevel.map((honor) => honor.year ?? null))].sort((a, b) =>
      a === null ? 1 : b === null ? -1 : b - a,
    )
    return {
      level,
      years: years.map((year) => ({ year, honors: inLevel.filter((honor) => (honor.year ?? null) === year) })),
    }
  })
}
