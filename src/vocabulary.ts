/**
 * The column's controlled vocabularies: stable ASCII values for the database and URLs,
 * Chinese labels for editors and readers, English labels for the English admin.
 * The one place to add a category, topic or level.
 */
interface Term {
  zh: string
  en: string
}

const vocabulary = <T extends Record<string, Term>>(terms: T) => terms

export const PROJECT_CATEGORIES = vocabulary({
  infrastructure: { zh: '基础设施类', en: 'Infrastructure' },
  livelihood: { zh: '民生类', en: 'Livelihood' },
  industry: { zh: '产业类', en: 'Industry' },
  education: { zh: '教育类', en: 'Education' },
  health: { zh: '医疗卫生类', en: 'Health care' },
  cultural_exchange: { zh: '文化交流类', en: 'Cultural exchange' },
  investment_promotion: { zh: '招商引资类', en: 'Investment promotion' },
})

export const FUNDING_TYPES = vocabulary({
  aid_funds: { zh: '援藏资金', en: 'Aid funds' },
  attracted_investment: { zh: '引进投资', en: 'Attracted investment' },
})

export const PROJECT_STATUSES = vocabulary({
  planned: { zh: '规划中', en: 'Planned' },
  under_construction: { zh: '在建', en: 'Under construction' },
  completed: { zh: '已竣工', en: 'Completed' },
})

export const ARTICLE_TOPICS = vocabulary({
  infrastructure: { zh: '基础设施建设', en: 'Infrastructure' },
  public_services: { zh: '公共服务', en: 'Public services' },
  education_health: { zh: '教育卫生', en: 'Education and health' },
  industry: { zh: '产业发展', en: 'Industry' },
  culture_tourism: { zh: '文化旅游', en: 'Culture and tourism' },
})

export const HONOR_LEVELS = vocabulary({
  autonomous_region: { zh: '自治区级', en: 'Autonomous region' },
  prefecture: { zh: '地市级', en: 'Prefecture' },
  provincial_aid: { zh: '省级援藏系统', en: 'Provincial aid system' },
  county: { zh: '县级', en: 'County' },
})

export const BYLINE_ROLES = vocabulary({
  reporter: { zh: '记者', en: 'Reporter' },
  correspondent: { zh: '通讯员', en: 'Correspondent' },
  photographer: { zh: '摄影', en: 'Photographer' },
  editor: { zh: '编辑', en: 'Editor' },
  contributor: { zh: '特约撰稿', en: 'Contributor' },
})

export type ProjectCategory = keyof typeof PROJECT_CATEGORIES
export type FundingType = keyof typeof FUNDING_TYPES
export type ProjectStatus = keyof typeof PROJECT_STATUSES
export type HonorLevel = keyof typeof HONOR_LEVELS
export type BylineRole = keyof typeof BYLINE_ROLES

/** Payload select options for a vocabulary. */
export const optionsOf = (terms: Record<string, Term>) =>
  Object.entries(terms).map(([value, { zh, en }]) => ({ value, label: { zh, en } }))

/** The value whose Chinese label is `zh` (e.g. '基础设施类' -> 'infrastructure'); throws on an unknown label. */
export function valueOf<T extends Record<string, Term>>(terms: T, zh: string): keyof T & string {
  const entry = Object.entries(terms).find(([, term]) => term.zh === zh)
  if (!entry)
    throw new Error(
      `unknown term "${zh}"; expected one of ${Object.values(terms)
        .map((t) => t.zh)
        .join('、')}`,
    )
  return entry[0]
}
