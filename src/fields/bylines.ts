import type { ArrayField } from 'payload'

import { bilingual } from '@/i18n/bilingual'
import { BYLINE_ROLES, optionsOf } from '@/vocabulary'

/** 署名: each contributor with their role, in the order printed (记者 孙良栋, 通讯员 …). */
export const bylinesField: ArrayField = {
  name: 'bylines',
  type: 'array',
  label: bilingual('署名', 'Bylines'),
  labels: { singular: bilingual('署名', 'Byline'), plural: bilingual('署名', 'Bylines') },
  maxRows: 20,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'reporter',
          options: optionsOf(BYLINE_ROLES),
          label: bilingual('身份', 'Role'),
        },
        { name: 'name', type: 'text', required: true, maxLength: 60, label: bilingual('姓名', 'Name') },
      ],
    },
  ],
}
