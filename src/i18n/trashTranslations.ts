import type { Config } from 'payload'

/**
 * The admin's words for the trash. Payload's Chinese calls it 垃圾箱 in most places and 回收站 in
 * one; the newsroom knows 回收站 from Windows and from this project's own messages, and a
 * trashed story is restorable, not garbage. Deep-merged over Payload's translations.
 */
export const trashTranslations = {
  zh: {
    general: {
      trash: '回收站',
      emptyTrash: '清空回收站',
      emptyTrashLabel: '清空{{label}}回收站',
      noTrashResults: '回收站中没有{{label}}。',
      aboutToTrash: '您即将把{{label}}<1>{{title}}</1>移入回收站（可以恢复）。确定吗？',
      aboutToTrashCount: '您即将把 {{count}} 个{{label}}移入回收站（可以恢复）',
      aboutToPermanentlyDeleteTrash:
        '您即将从回收站中永久删除 <0>{{count}}</0> 个<1>{{label}}</1>，删除后无法恢复。确定吗？',
      titleTrashed: '{{label}}「{{title}}」已移入回收站。',
      trashedCountSuccessfully: '已将 {{count}} 个{{label}}移入回收站。',
      documentIsTrashed: '这篇{{label}}在回收站中，只能查看。恢复后才能修改。',
      deletePermanently: '不进回收站，直接永久删除（只限回收站中的稿件）',
      deletedAt: '移入回收站时间',
    },
  },
  // Payload types a language's translations as complete; these are merged over them.
} as unknown as NonNullable<NonNullable<Config['i18n']>['translations']>
