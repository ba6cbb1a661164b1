/**
 * The registry of review rules: id (stable, used in findings, settings and the review log),
 * Chinese name for the admin, and what kind of check it is. The one place to add a rule.
 */
import { amountsMatchRecords } from './amountsMatchRecords'
import { brokenLines } from './brokenLines'
import type { CheckContext } from './checkContext'
import { countsMatchRecords } from './countsMatchRecords'
import { datesAreValid } from './datesAreValid'
import { fullWidthDigits } from './fullWidthDigits'
import { halfWidthPunctuation } from './halfWidthPunctuation'
import { honorsMatchRecords } from './honorsMatchRecords'
import { latinSpacing } from './latinSpacing'
import { pairedMarks } from './pairedMarks'
import { repeatedWords } from './repeatedWords'
import { sharesAddUp } from './sharesAddUp'
import { traditionalCharacters } from './traditionalCharacters'
import type { RuleFinding } from './types'

export type RuleGroup = 'facts' | 'proofreading'

export interface Rule {
  id: string
  /** Chinese name shown to reviewers. */
  name: string
  group: RuleGroup
  check: (ctx: CheckContext) => RuleFinding[]
}

export const rules = [
  { id: 'amounts-match-records', name: '金额与记录核对', group: 'facts', check: amountsMatchRecords },
  { id: 'counts-match-records', name: '数量与记录核对', group: 'facts', check: countsMatchRecords },
  { id: 'shares-add-up', name: '占比核算', group: 'facts', check: sharesAddUp },
  { id: 'dates-are-valid', name: '日期核对', group: 'facts', check: datesAreValid },
  { id: 'honors-match-records', name: '荣誉称号与记录核对', group: 'facts', check: honorsMatchRecords },
  { id: 'traditional-characters', name: '繁体字', group: 'proofreading', check: traditionalCharacters },
  { id: 'half-width-punctuation', name: '半角标点', group: 'proofreading', check: halfWidthPunctuation },
  { id: 'paired-marks', name: '引号括号配对', group: 'proofreading', check: pairedMarks },
  { id: 'repeated-words', name: '重复字词', group: 'proofreading', check: repeatedWords },
  { id: 'latin-spacing', name: '中西文间距', group: 'proofreading', check: latinSpacing },
  { id: 'full-width-digits', name: '全角数字字母', group: 'proofreading', check: fullWidthDigits },
  { id: 'broken-lines', name: '断行断段', group: 'proofreading', check: brokenLines },
] as const satisfies readonly Rule[]

export type RuleId = (typeof rules)[number]['id']
