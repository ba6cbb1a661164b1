/**
 * Seed projects: the judgement calls come from PROJECT_MAPPING, every figure and place from the
 * article text, so the seed cannot drift from what the column printed. An anchor that no longer
 * matches (or matches twice) means the article changed: fail instead of seeding stale figures.
 */
import { parseAmount, parseCount } from '../review-checks/parseAmount'
import { extractPlaces } from './extractPlaces'
import { articleTexts, type ParsedColumnArticle } from './parseColumnArticle'
import {
  PROJECT_MAPPING,
  type FundingType,
  type ProjectCategory,
  type ProjectMappingEntry,
  type ProjectStatus,
} from './projectMapping'

export interface SeedProject {
  name: string
  slug: string
  categories: ProjectCategory[]
  /** 万元; null where the article gives no figure. */
  investment: number | null
  fundingType: FundingType
  townships: string[]
  villages: string[]
  status: ProjectStatus
  quantity: number | null
  quantityUnit: string | null
  summary: string /* the clause from the article */
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function fail(entry: ProjectMappingEntry, message: string): never {
  throw new Error(`extractProjects: project "${entry.slug}" ${message}`)
}

/** The single place in the article where the anchor matches. */
function locate(entry: ProjectMappingEntry, texts: string[]): RegExpMatchArray {
  const everywhere = new RegExp(entry.anchor.source, `${entry.anchor.flags.replace('g', '')}g`)
  const matches = texts.flatMap((text) => [...text.matchAll(everywhere)])
  const [match] = matches
  if (!match) fail(entry, `: anchor ${entry.anchor} no longer matches the article`)
  if (matches.length > 1) fail(entry, `: anchor ${entry.anchor} matches ${matches.length} places; make it specific`)
  return match
}

function toProject(entry: ProjectMappingEntry, match: RegExpMatchArray): SeedProject {
  const groups = match.groups ?? {}
  let investment: number | null = null
  if (groups.amount !== undefined) {
    investment = parseAmount(groups.amount)
    if (investment === null) fail(entry, `: "${groups.amount}" is not an amount`)
  }
  let quantity: number | null = null
  if (groups.quantity !== undefined) {
    quantity = parseCount(groups.quantity)
    if (quantity === null || groups.quantityUnit === undefined) fail(entry, `: bad quantity "${match[0]}"`)
  }
  const summary = match[0]
  const places = entry.placesOverride ?? extractPlaces(summary)
  return {
    name: entry.name,
    slug: entry.slug,
    categories: [...entry.categories],
    investment,
    fundingType: entry.fundingType,
    townships: [...places.townships],
    villages: [...places.villages],
    status: entry.status,
    quantity,
    quantityUnit: quantity === null ? null : (groups.quantityUnit ?? null),
    summary,
  }
}

export function extractProjects(
  parsed: ParsedColumnArticle,
  mapping: readonly ProjectMappingEntry[] = PROJECT_MAPPING,
): SeedProject[] {
  const texts = articleTexts(parsed)
  const seen = new Set<string>()
  return mapping.map((entry) => {
    if (!SLUG.test(entry.slug)) fail(entry, 'has a slug that is not lower-case ASCII words joined by -')
    if (seen.has(entry.slug)) fail(entry, 'is mapped twice')
    seen.add(entry.slug)
    if (entry.categories.length === 0) fail(entry, 'has no category')
    return toProject(entry, locate(entry, texts))
  })
}
