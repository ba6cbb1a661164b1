import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { bilingual } from '@/i18n/bilingual'

const nobody = () => false
const ownOnly: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)
const fixed: FieldAccess = () => false

/**
 * 通知: each user's in-app list of workflow news. Written by the server only; a user reads their
 * own and may mark them read, nothing else.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: bilingual('通知', 'Notification'), plural: bilingual('通知', 'Notifications') },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'read', 'createdAt'],
    group: bilingual('审稿', 'Review'),
  },
  access: { read: ownOnly, update: ownOnly, create: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { update: fixed },
      label: bilingual('收件人', 'To'),
    },
    { name: 'message', type: 'text', required: true, access: { update: fixed }, label: bilingual('内容', 'Message') },
    { name: 'documentCollection', type: 'text', access: { update: fixed }, label: bilingual('内容类型', 'Collection') },
    { name: 'documentId', type: 'number', access: { update: fixed }, label: bilingual('文档编号', 'Document') },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: bilingual('已读', 'Read') },
  ],
}
