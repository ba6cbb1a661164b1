import type { GlobalConfig } from 'payload'

import { isEditorialLead } from '@/access/isEditorialLead'
import { finiteNumber } from '@/fields/finiteNumber'
import { bilingual } from '@/i18n/bilingual'
import { revalidateSiteAfterGlobalChange } from '@/site/revalidation/revalidateSiteHooks'
import { optionsOf, PROJECT_CATEGORIES } from '@/vocabulary'
import { etagAfterGlobalRead } from '@/concurrency/payload/etagHeader'
import { guardGlobalBaseVersion } from '@/concurrency/payload/guardGlobalBaseVersion'

import { refuseDraftSaves } from './noDrafts/refuseDraftSaves'
import { savedAndLiveEndpoint } from './noDrafts/savedAndLiveEndpoint'

const investmentField = (name: string, zh: string, en: string) =>
  ({
    name,
    type: 'number',
    validate: finiteNumber,
    min: 0,
    label: bilingual(`${zh}（万元）`, `${en} (10,000 yuan)`),
    admin: { step: 0.01 },
  }) as const

/**
 * The column's settings and the programme totals the article declares. The site shows these
 * declared figures beside what the project records add up to; the review checks compare against them.
 *
 * No drafts, on purpose (no `versions`): these are settings kept by the editorial leads only
 * (admins and reviewers, the people who approve), so a change to them is a published fact the
 * moment it is saved, with nobody else to review it. The admin therefore shows one Save button,
 * no draft button and no autosave; a request for a draft is refused (refuseDraftSaves) rather
 * than published under the name of a draft, and a save answers that it is live (savedAndLiveEndpoint).
 */
export const Column: GlobalConfig = {
  slug: 'column',
  label: bilingual('专栏', 'Column'),
  admin: {
    group: bilingual('内容', 'Content'),
    description: bilingual(
      '专栏设置没有草稿：保存后立即在网站上生效。',
      'The column settings have no drafts: a save is live on the site at once.',
    ),
  },
  access: {
    read: () => true,
    update: isEditorialLead,
  },
  endpoints: [savedAndLiveEndpoint],
  hooks: {
    beforeOperation: [refuseDraftSaves, guardGlobalBaseVersion],
    afterRead: [etagAfterGlobalRead],
    afterChange: [revalidateSiteAfterGlobalChange],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: bilingual('专栏名称', 'Name') },
    { name: 'tagline', type: 'text', maxLength: 200, label: bilingual('专栏副题', 'Tagline') },
    { name: 'editorsNote', type: 'richText', label: bilingual('编者按', "Editor's note") },
    { name: 'publisher', type: 'text', maxLength: 100, label: bilingual('出品单位', 'Publisher') },
    { name: 'workGroup', type: 'text', maxLength: 100, label: bilingual('援藏工作组', 'Aid work group') },
    {
      name: 'workGroupSize',
      type: 'number',
      validate: finiteNumber,
      min: 0,
      label: bilingual('援藏干部人数', 'Members of the work group'),
    },
    { name: 'county', type: 'text', maxLength: 40, label: bilingual('对口支援县', 'County supported') },
    {
      name: 'aidPeriod',
      type: 'group',
      label: bilingual('援藏期限', 'Aid period'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'start',
              type: 'date',
              label: bilingual('开始', 'From'),
              admin: { date: { pickerAppearance: 'monthOnly' } },
            },
            {
              name: 'end',
              type: 'date',
              label: bilingual('结束', 'To'),
              admin: { date: { pickerAppearance: 'monthOnly' } },
            },
          ],
        },
      ],
    },
    {
      name: 'declared',
      type: 'group',
      label: bilingual('报道公布的项目总数', 'Declared programme totals'),
      admin: {
        description: bilingual(
          '稿件中公布的数字，前台与项目库合计并列显示',
          'Figures as stated in the article; the site shows them beside the project records',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'projectCount',
              type: 'number',
              validate: finiteNumber,
              min: 0,
              label: bilingual('项目数', 'Projects'),
            },
            investmentField('investment', '总投资', 'Total investment'),
          ],
        },
        {
          name: 'categories',
          type: 'array',
          label: bilingual('分类合计', 'By category'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'category',
                  type: 'select',
                  required: true,
                  options: optionsOf(PROJECT_CATEGORIES),
                  label: bilingual('类别', 'Category'),
                },
                {
                  name: 'projectCount',
                  type: 'number',
                  validate: finiteNumber,
                  min: 0,
                  label: bilingual('项目数', 'Projects'),
                },
                investmentField('investment', '投资', 'Investment'),
                {
                  name: 'sharePercent',
                  type: 'number',
                  validate: finiteNumber,
                  min: 0,
                  max: 100,
                  label: bilingual('占比（%）', 'Share (%)'),
                },
              ],
            },
          ],
        },
        {
          name: 'batches',
          type: 'array',
          label: bilingual('分批建设', 'Batches'),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'label', type: 'text', required: true, label: bilingual('名称', 'Label') },
                { name: 'years', type: 'text', label: bilingual('年份', 'Years') },
                {
                  name: 'category',
                  type: 'select',
                  options: optionsOf(PROJECT_CATEGORIES),
                  label: bilingual('类别', 'Category'),
                },
                {
                  name: 'projectCount',
                  type: 'number',
                  validate: finiteNumber,
                  min: 0,
                  label: bilingual('项目数', 'Projects'),
                },
                investmentField('investment', '投资', 'Investment'),
              ],
            },
          ],
        },
        {
          name: 'plans',
          type: 'array',
          label: bilingual('规划', 'Plans'),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'label', type: 'text', required: true, label: bilingual('名称', 'Label') },
                investmentField('investment', '总投资', 'Total investment'),
              ],
            },
          ],
        },
      ],
    },
  ],
}
