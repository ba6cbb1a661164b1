/**
 * Townships (X乡 / X镇) and villages (X村) named in a clause of the article.
 *
 * There is no gazetteer to look names up in, so the rules lean on how the column writes places:
 * - A township is two characters plus 乡/镇 (卡嘎镇, 秋窝乡, 亚木乡, 达居乡 …; every township the
 *   column names has a two-character name). The name itself never contains an administrative
 *   character (县市区省乡镇村), which rules out "县乡两个层级" and the "区乡"/"乡镇" inside
 *   "农区乡镇" (agricultural-area townships, a generic phrase). 乡/镇 directly followed by
 *   乡/镇/村 is the generic word (乡镇, 乡村), not a unit. Common words ending in 乡/镇 (家乡,
 *   下乡, 城镇 …) are excluded by the stop list below.
 * - A village is only taken where the township precedes it ("卡嘎镇布玛村", "秋窝乡森格岗村", the
 *   official way of naming a village) or continues such a list with 、. A bare "X村" is too
 *   often a common word (示范村, 百村, "改造村合作社") to be taken as a name.
 */

const NAME_CHAR = '(?:(?![县市区省乡镇村])\\p{Script=Han})'
const TOWNSHIP = `${NAME_CHAR}{2}[乡镇](?![乡镇村])`
const VILLAGE_NAME = `${NAME_CHAR}{2,4}?村`

const TOWNSHIP_RE = new RegExp(TOWNSHIP, 'gu')
const VILLAGE_RE = new RegExp(
  `(?<township>${NAME_CHAR}{2}[乡镇])(?<villages>${VILLAGE_NAME}(?:、${VILLAGE_NAME})*)`,
  'gu',
)

/** Everyday words ending in 乡/镇 whose first character could pass for half a township name. */
const NOT_A_TOWNSHIP_SUFFIX = new Set([
  '家乡',
  '下乡',
  '城乡',
  '故乡',
  '返乡',
  '回乡',
  '老乡',
  '他乡',
  '异乡',
  '梦乡',
  '水乡',
  '同乡',
  '思乡',
  '离乡',
  '还乡',
  '城镇',
  '集镇',
  '重镇',
  '小镇',
  '古镇',
  '坐镇',
  '冰镇',
])

const unique = (items: string[]): string[] => [...new Set(items)]

export function extractPlaces(text: string): { townships: string[]; villages: string[] } {
  const townships = [...text.matchAll(TOWNSHIP_RE)]
    .map((m) => m[0])
    .filter((name) => !NOT_A_TOWNSHIP_SUFFIX.has(name.slice(-2)))
  const villages = [...text.matchAll(VILLAGE_RE)].flatMap((m) =>
    m.groups?.township && !NOT_A_TOWNSHIP_SUFFIX.has(m.groups.township.slice(-2))
      ? (m.groups.villages ?? '').split('、')
      : [],
  )
  return { townships: unique(townships), villages: unique(villages) }
}
