import { describe, expect, it } from 'vitest'
import { extractPlaces } from '../../../src/seed/extractPlaces'

describe('extractPlaces', () => {
  it.each([
    ['投资489万元新建成的卡嘎镇便民服务中心和特色产品展销中心', ['卡嘎镇'], []],
    [
      '投资1190万元新建亚木乡、日吾乡、多白乡小学运动场、秋窝乡第二小学运动场4处',
      ['亚木乡', '日吾乡', '多白乡', '秋窝乡'],
      [],
    ],
    ['投资1640万元对卡嘎镇布玛村和秋窝乡森格岗村进行全面提升改造', ['卡嘎镇', '秋窝乡'], ['布玛村', '森格岗村']],
    [
      '投资2649万元运用互联网技术,分县乡两个层级,新建2600平方米的县农牧民综合服务中心和达居乡、秋窝乡等农区乡镇农牧民综合服务站',
      ['达居乡', '秋窝乡'],
      [],
    ],
    ['卡嘎镇布玛村、森格岗村', ['卡嘎镇'], ['布玛村', '森格岗村']],
  ])('%s', (text, townships, villages) => {
    expect(extractPlaces(text)).toEqual({ townships, villages })
  })

  it.each([
    '持续推进农区乡镇卫生院标准化建设',
    '推进全面脱贫与乡村振兴有效衔接',
    '组织淄博援藏教师送教下乡',
    '让淄博家乡的“最红战旗”在雪域昂仁高高飘扬',
    '建设党建广场,改造村合作社,打造高原“乡村振兴”示范村',
    '鲁藏百村幸福家园',
  ])('finds no place in %s', (text) => {
    expect(extractPlaces(text)).toEqual({ townships: [], villages: [] })
  })
})
