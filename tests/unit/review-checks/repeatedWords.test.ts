import { describe, expect, it } from 'vitest'
import { findingsOf } from './helpers'

const check = (text: string) => findingsOf('repeated-words', text)

describe('repeated-words', () => {
  it.each([
    ['群众的的生活条件明显改善', '的的', '的'],
    ['工作组已经完成了了任务', '了了', '了'],
    ['我们我们一起努力', '我们我们', '我们'],
    ['8名援藏干部援藏干部身披战旗', '援藏干部援藏干部', '援藏干部'],
    ['项目建设是是重中之重', '是是', '是'],
    ['捐赠衣物，，图书', '，，', '，'],
    ['全面完工。。', '。。', '。'],
  ])('finds the repetition in %s', (text, excerpt, suggestion) => {
    expect(check(text)).toMatchObject([{ severity: 'warning', excerpt, suggestion }])
  })

  it.each([
    ['天天向上,常常下乡,人人参与,家家户户'],
    ['星星点点,一一落实,谢谢大家,看看现场'],
    ['援藏累累硕果,在雪域昂仁高高飘扬,时时刻刻把纪律挺在前头,时时处处维护形象'],
    ['在一次次双向互动中形成'],
    ['的的确确,是是非非,兢兢业业,踏踏实实'],
    ['为了了解情况,他说的的确是实话,最终不了了之'],
    ['我们研究研究,一步一步来,哈哈哈哈'],
    ['省略号……和破折号——不是重复'],
  ])('leaves %s alone', (text) => {
    expect(check(text)).toEqual([])
  })
})
