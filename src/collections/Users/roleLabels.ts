import type { Role } from '@/access/roles'
import { bilingual } from '@/i18n/bilingual'

/** A role as the admin names it (singular: the title a person holds in the newsroom). */
export const ROLE_LABELS: Readonly<Record<Role, ReturnType<typeof bilingual>>> = {
  admin: bilingual('管理员', 'Administrator'),
  editor: bilingual('采编', 'Editor'),
  first_reviewer: bilingual('责任编辑（初审）', 'Responsible editor (first review)'),
  second_reviewer: bilingual('部门主任（复审）', 'Department head (second review)'),
  final_reviewer: bilingual('值班总编辑（终审/签发）', 'Duty editor-in-chief (final review, sign-off)'),
}
