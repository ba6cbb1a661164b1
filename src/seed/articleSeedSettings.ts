import type { Article } from '@/payload-types'
import { BYLINE_ROLES, valueOf } from '@/vocabulary'

/** The judgement calls about the seeded article that its text does not state. */
export const ARTICLE_SEED = {
  slug: 'zibo-aid-team-creates-angren-quality',
  workGroup: '淄博市第九批援藏工作组',
  county: '西藏自治区日喀则市昂仁县',
  // The 编者按 names these five fields; the article reports on all of them.
  topics: [
    'infrastructure',
    'public_services',
    'education_health',
    'industry',
    'culture_tourism',
  ] satisfies Article['topics'],
  bylineRole: (zh: string) => valueOf(BYLINE_ROLES, zh),
}
