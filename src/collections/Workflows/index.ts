import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { staffOnly } from '@/access/staffOnly'
import { REVIEWER_ROLES } from '@/access/roles'
import { bilingual } from '@/i18n/bilingual'
import { ROLE_LABELS } from '@/collections/Users/roleLabels'
import { EDITORIAL_COLLECTIONS } from '@/workflow/editorialCollections'

import { validateWorkflow } from './validateWorkflow'

const COLLECTION_LABELS = {
  articles: bilingual('报道', 'Articles'),
  projects: bilingual('援藏项目', 'Projects'),
  honors: bilingual('荣誉', 'Honors'),
} as const

/**
 * The review stages of each editorial collection, edited by administrators without code (三审 for
 * the articles by default, see src/workflow/stages/defaultWorkflows.ts). One document per
 * collection; it cannot be deleted, since every document under review needs its stages.
 *
 * A change takes effect for documents entering a stage after it: a document records the stage it
 * sits at as it was when it entered (its name, roles, release flag) and finishes that stage so;
 * where it goes next is read from the definition as it is then.
 */
export const Workflows: CollectionConfig = {
  slug: 'workflows',
  labels: { singular: bilingual('审稿流程', 'Review workflow'), plural: bilingual('审稿流程', 'Review workflows') },
  admin: {
    useAsTitle: 'collection',
    defaultColumns: ['collection', 'updatedAt'],
    group: bilingual('系统', 'System'),
    description: bilingual(
      '每类稿件依次经过的审核阶段。修改对此后进入某一阶段的稿件生效；正在某一阶段的稿件按进入时的设定完成该阶段。',
      'The review stages each kind of document passes in order. A change applies to documents entering a stage after it; a document already at a stage finishes it as it was when it entered.',
    ),
  },
  access: {
    // Staff see the stages their documents pass; only administrators change them.
    read: staffOnly,
    create: isAdmin,
    update: isAdmin,
    delete: () => false,
  },
  // Every change is kept, so the desk can see who changed the stages and when.
  versions: { maxPerDoc: 50 },
  hooks: { beforeChange: [validateWorkflow] },
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      unique: true,
      label: bilingual('稿件类型', 'Collection'),
      options: EDITORIAL_COLLECTIONS.map((value) => ({ value, label: COLLECTION_LABELS[value] })),
      admin: { readOnly: true },
    },
    {
      name: 'stages',
      type: 'array',
      label: bilingual('审核阶段（按顺序）', 'Stages, in order'),
      labels: { singular: bilingual('阶段', 'Stage'), plural: bilingual('阶段', 'Stages') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 20, label: bilingual('名称', 'Name (Chinese)') },
            { name: 'nameEn', type: 'text', maxLength: 40, label: bilingual('英文名称', 'Name (English)') },
          ],
        },
        {
          name: 'roles',
          type: 'select',
          hasMany: true,
          required: true,
          label: bilingual('由谁审核', 'Who acts at this stage'),
          options: REVIEWER_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
          admin: { description: bilingual('管理员可在任何阶段审核。', 'Administrators may act at every stage.') },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'commentRequired',
              type: 'checkbox',
              label: bilingual('通过时须填写意见', 'Approving needs a comment'),
            },
            {
              name: 'release',
              type: 'checkbox',
              label: bilingual('签发阶段（最后一个阶段）', 'Release stage (the last)'),
            },
          ],
        },
        {
          name: 'printedAs',
          type: 'text',
          maxLength: 10,
          label: bilingual('见报署名', 'Printed as'),
          admin: {
            description: bilingual(
              '在已发布稿件末尾署名时的称谓，如“责任编辑”“签发”；留空则不署名。',
              'The title printed before this stage’s name at the end of a published story (责任编辑, 签发); empty: not printed.',
            ),
          },
        },
      ],
    },
  ],
}
