/**
 * The judgement calls behind the seeded projects, one entry per aid project the article names.
 * Figures are NOT written here: each anchor matches the clause of the article that states the
 * project and captures the figures (named groups), which extractProjects reads from the text.
 *
 * Named groups an anchor may capture:
 *   amount        – the investment as written ("1190万元"), parsed with parseAmount;
 *   quantity      – how many units the clause says were built/delivered ("4"), with
 *   quantityUnit  – the measure word that follows it ("处").
 *
 * Status convention (the article was written at the end of the three-year term):
 *   已竣工 – built or delivered: "三年基建类项目两年全面完工" says every construction project of
 *            the term was finished, and non-construction programmes the text reports as done
 *            (funds paid, patients treated, trainings held) count as delivered;
 *   在建   – the text only says the work is ongoing ("持续推进") or that an investment was
 *            attracted ("成功引进", "引资建设") without saying it is finished.
 * fundingType: 引进投资 only for the commercial investments of the "双招双引" paragraph; money the
 * work group brings in for education ("引入投资1300万元" in the 教育援藏 paragraph) is counted as 援藏资金.
 *
 * Deliberately left out: one-off activities that are neither funded nor built (trade fairs, the
 * speciality shop in 淄博, 送教下乡, tree planting), and the "共计600余万元" of donations and special
 * aid: a sum of many gifts, not a project, which would inflate what the project records add up to.
 */
import { AMOUNT_PATTERN } from '../review-checks/parseAmount'

export type ProjectCategory = '基础设施类' | '民生类' | '产业类' | '教育类' | '医疗卫生类' | '文化交流类' | '招商引资类'
export type FundingType = '援藏资金' | '引进投资'
export type ProjectStatus = '规划中' | '在建' | '已竣工'

export interface ProjectMappingEntry {
  /** Stable URL-safe ASCII slug. */
  slug: string
  name: string
  anchor: RegExp
  categories: ProjectCategory[]
  fundingType: FundingType
  status: ProjectStatus
  /** Only where the clause does not name the place; otherwise places come from the text. */
  placesOverride?: { townships: string[]; villages: string[] }
}

const AMOUNT = `(?<amount>${AMOUNT_PATTERN})`
const quantity = (unit: string): string => `(?<quantity>\\d+|[一二两三四五六七八九十百]+)(?<quantityUnit>${unit})`
/** No clause boundary inside: keeps a lazy gap from running into the next project. */
const IN_CLAUSE = '[^,，;；。]*?'
const IN_SENTENCE = '[^;；。]*?'
const anchor = (source: string): RegExp => new RegExp(source, 'u')

// Both "飞地模式" projects are stated in one clause, so they share its anchor.
const ENCLAVE_CLAUSE = anchor(
  '探索“飞地模式”[,，]引资建设ACMP温拌改性沥青和智洋创新高海拔地区数字技术研发中心\\d+个项目',
)

export const PROJECT_MAPPING: readonly ProjectMappingEntry[] = [
  {
    slug: 'kaga-service-centre',
    name: '卡嘎镇便民服务中心和特色产品展销中心',
    anchor: anchor(`投资${AMOUNT}新建成的卡嘎镇便民服务中心和特色产品展销中心`), // the cover caption
    categories: ['基础设施类', '民生类', '产业类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'county-middle-school-teaching-building',
    name: '县中学多媒体教学楼',
    anchor: anchor(`投资${AMOUNT}新建县中学多媒体教学楼`),
    categories: ['教育类', '基础设施类', '民生类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'township-primary-school-sports-grounds',
    name: '农区乡镇小学运动场',
    anchor: anchor(`投资${AMOUNT}新建${IN_CLAUSE}小学运动场${quantity('处')}`),
    categories: ['教育类', '基础设施类', '民生类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'lucang-hundred-villages',
    name: '鲁藏百村幸福家园',
    anchor: anchor(`实施“鲁藏百村幸福家园”建设项目。投资${AMOUNT}对${IN_CLAUSE}进行全面提升改造`),
    categories: ['民生类', '基础设施类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'farmer-herder-service-centres',
    name: '县农牧民综合服务中心和农区乡镇农牧民综合服务站',
    anchor: anchor(`投资${AMOUNT}运用互联网技术${IN_SENTENCE}农牧民综合服务站`),
    categories: ['民生类', '基础设施类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'vegetable-greenhouses',
    name: '蔬菜大棚',
    anchor: anchor(`投资${AMOUNT}建设${quantity('个')}蔬菜大棚`),
    categories: ['产业类', '民生类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'tibetan-chicken-farm',
    name: '藏鸡规模化养殖场',
    anchor: anchor(`引进投资${AMOUNT}藏鸡规模化养殖场项目`),
    categories: ['招商引资类', '产业类'],
    fundingType: '引进投资',
    status: '在建',
  },
  {
    slug: 'jinmandi-hotel',
    name: '昂仁县金满地大酒店',
    anchor: anchor(`投资${AMOUNT}的昂仁县金满地大酒店项目`),
    categories: ['招商引资类', '产业类'],
    fundingType: '引进投资',
    status: '在建',
  },
  {
    slug: 'acmp-warm-mix-asphalt',
    name: 'ACMP温拌改性沥青项目',
    anchor: ENCLAVE_CLAUSE,
    categories: ['招商引资类', '产业类'],
    fundingType: '引进投资',
    status: '在建',
  },
  {
    slug: 'zhiyang-digital-rd-centre',
    name: '智洋创新高海拔地区数字技术研发中心',
    anchor: ENCLAVE_CLAUSE,
    categories: ['招商引资类', '产业类'],
    fundingType: '引进投资',
    status: '在建',
  },
  {
    slug: 'yucai-education-fund',
    name: '县育才教育基金',
    anchor: anchor(`出资${AMOUNT}投入县育才教育基金[,，]资助\\d+名${IN_SENTENCE}(?=[;；。])`),
    categories: ['教育类', '民生类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'industry-guidance-fund',
    name: '特色产业引导资金',
    anchor: anchor(`设立产业引导资金[,，]重点扶持${IN_CLAUSE}藏鸡养殖`),
    categories: ['产业类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'veterans-entrepreneurship-base',
    name: '退役军人创业示范点',
    anchor: anchor('建设退役军人创业示范点'),
    categories: ['产业类', '民生类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'relocation-supporting-infrastructure',
    name: '易地扶贫搬迁附属基础设施',
    anchor: anchor('易地扶贫搬迁附属基础设施等项目的建成'),
    categories: ['基础设施类', '民生类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'township-health-centre-standardisation',
    name: '农区乡镇卫生院标准化建设',
    anchor: anchor('持续推进农区乡镇卫生院标准化建设'),
    categories: ['医疗卫生类', '基础设施类'],
    fundingType: '援藏资金',
    status: '在建',
  },
  {
    slug: 'congenital-heart-disease-screening',
    name: '中小学生先心病筛查与免费手术救治',
    anchor: anchor(`组织\\d+次中小学生先心病筛查[,，]${quantity('名')}先心病患儿${IN_CLAUSE}免费手术治疗`),
    categories: ['医疗卫生类', '民生类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'medical-clinics-and-training',
    name: '医疗义诊与医护人员培训',
    anchor: anchor(`开展医疗义诊活动[,，]联合“组团式”援藏医疗队${IN_SENTENCE}跟岗培训`),
    categories: ['医疗卫生类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'zibo-angren-exchange-training',
    name: '淄博与昂仁两地交流培训项目',
    anchor: anchor(`实施了\\d+类${quantity('批次')}淄博与昂仁两地交流培训项目`),
    categories: ['文化交流类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
  {
    slug: 'zibo-angren-cultural-performance',
    name: '“情牵齐鲁·筑梦高原”淄博—昂仁文化交流专场演出',
    anchor: anchor('组织举办“情牵齐鲁·筑梦高原”淄博—昂仁文化交流专场演出'),
    categories: ['文化交流类'],
    fundingType: '援藏资金',
    status: '已竣工',
  },
]
