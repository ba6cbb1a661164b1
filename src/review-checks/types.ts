/**
 * Shapes the review checks work on. The record types are minimal and structural, so the
 * generated Payload types (Project, Honor, Column) satisfy them without this library importing
 * Payload, and the seed's own records can be checked too.
 */

export type Severity = 'error' | 'warning' | 'info'

/** What a stretch of the article text is; decides which rules apply to it. */
export type PartKind = 'kicker' | 'title' | 'subtitle' | 'lead' | 'heading' | 'paragraph' | 'caption' | 'byline'

/** One block of the article as the editor wrote it. */
export interface ArticlePartInput {
  kind: PartKind
  text: string
}

/** A block placed in the checked text: `text.slice(start, end)` is the block. */
export interface ArticlePart {
  kind: PartKind
  /** Position among all parts, 0-based. */
  index: number
  start: number
  end: number
}

export interface ProjectRecord {
  id?: number | string
  name: string
  slug?: string | null
  /** 万元; null or missing when unknown. */
  investment?: number | null
  /** Vocabulary values ('infrastructure') or Chinese labels ('基础设施类'). */
  categories?: readonly string[] | null
  township?: readonly string[] | null
  village?: readonly string[] | null
  quantity?: number | null
  quantityUnit?: string | null
  /** ISO date (YYYY-MM-DD or a full ISO timestamp). */
  startDate?: string | null
  completionDate?: string | null
  year?: number | null
}

export interface HonorRecord {
  id?: number | string
  title: string
  awardedBy?: string | null
  year?: number | null
}

export interface DeclaredCategory {
  category: string
  projectCount?: number | null
  investment?: number | null
  sharePercent?: number | null
}

export interface DeclaredBatch {
  label: string
  /** '2020', '2021–2022' or '2019, 2021'. */
  years?: string | null
  category?: string | null
  projectCount?: number | null
  investment?: number | null
}

export interface ColumnFacts {
  workGroupSize?: number | null
  /** ISO dates; the seed stores months as the 1st ('2019-07-01'), so the period is compared by month. */
  aidPeriod?: { start?: string | null; end?: string | null } | null
  declared?: {
    projectCount?: number | null
    investment?: number | null
    categories?: readonly DeclaredCategory[] | null
    batches?: readonly DeclaredBatch[] | null
    plans?: readonly { label: string; investment?: number | null }[] | null
  } | null
}

export interface CheckSettings {
  /**
   * House style between Chinese and Latin letters/digits. 'none' (default, the Dazhong Daily's
   * print style): "2020年", "489万元", "ACMP温拌" — a space there is flagged. 'space': Latin words
   * get a space on both sides ("建设 ACMP 项目") and a missing one is flagged; digits are left alone.
   */
  latinSpacing: 'space' | 'none'
}

export interface CheckInput {
  /** The article as one string; blocks joined with '\n' (see buildArticleText). */
  text: string
  /** Where each block sits in `text`; without it every line counts as a paragraph. */
  parts?: readonly ArticlePart[]
  projects?: readonly ProjectRecord[]
  honors?: readonly HonorRecord[]
  column?: ColumnFacts | null
  settings?: Partial<CheckSettings>
}

export interface FindingRecord {
  collection: 'projects' | 'honors' | 'column'
  id?: number | string
  name: string
  value?: number | string
}

export interface Finding {
  rule: string
  severity: Severity
  /** Chinese: what is wrong and what to do. */
  message: string
  /** `text.slice(offset, offset + length)`; empty (length 0) for a record-only finding. */
  excerpt: string
  /** UTF-16 index into the checked text. */
  offset: number
  length: number
  suggestion?: string
  record?: FindingRecord
  /** The block the excerpt is in. */
  part?: { kind: PartKind; index: number }
}

/** What a rule returns; checkArticle adds `part` and sorts. */
export type RuleFinding = Omit<Finding, 'part' | 'rule'>
