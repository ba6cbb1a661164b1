'use client'
import React, { useEffect, useState } from 'react'

import type { StageSnapshot } from '../stages/position'
import { useWorkflowApi } from './useWorkflowApi'

export interface Colleague {
  id: number
  name: string
  email: string
}

/**
 * The colleagues who hold a role of `stage`, for an administrator to hand it to (only admins may
 * read other accounts). Whether one of them may take this very version (not its author, not the
 * one who passed another stage of it) is the server's to say: its refusal is shown as it comes.
 */
export function useStagePeople(stage: StageSnapshot | undefined, enabled: boolean): Colleague[] {
  const api = useWorkflowApi()
  const [people, setPeople] = useState<Colleague[]>([])
  const roles = stage?.roles.join(',') ?? ''
  useEffect(() => {
    if (!enabled || roles === '') return
    let current = true
    const where = roles
      .split(',')
      .map((role, index) => `where[roles][in][${index}]=${encodeURIComponent(role)}`)
      .join('&')
    void api<{ docs: { id: number; name?: string; realName?: string | null; email: string }[] }>(
      `/users?${where}&depth=0&limit=100&sort=name`,
    ).then((result) => {
      if (!current || !result.ok) return
      setPeople(
        result.data.docs.map((user) => ({
          id: user.id,
          name: user.realName || user.name || user.email,
          email: user.email,
        })),
      )
    })
    return () => {
      current = false
    }
  }, [api, enabled, roles])
  return people
}

/** 改派: an administrator hands the current stage to one of its people; it never skips the stage. */
export function ReassignControl({
  stage,
  people,
  assigneeId,
  busy,
  lang,
  onReassign,
}: {
  stage: StageSnapshot
  people: readonly Colleague[]
  assigneeId: string | number | null
  busy: boolean
  lang: 'zh' | 'en'
  onReassign: (assignee: number) => void
}) {
  const [chosen, setChosen] = useState('')
  const zh = lang === 'zh'
  return (
    <div className="reassign-control" style={{ marginTop: '0.75rem' }}>
      <label style={{ display: 'block' }}>
        {zh ? `改派「${stage.name.zh}」给` : `Hand “${stage.name.en || stage.name.zh}” to`}
        <select
          aria-label={zh ? '改派给' : 'Reassign to'}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          style={{ display: 'block', width: '100%', margin: '0.25rem 0' }}
        >
          <option value="">{zh ? '请选择同事' : 'Choose a colleague'}</option>
          {people.map((person) => (
            <option key={person.id} value={String(person.id)}>
              {`${person.name}（${person.email}）${String(person.id) === String(assigneeId) ? (zh ? ' · 当前' : ' · current') : ''}`}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        disabled={busy || chosen === ''}
        onClick={() => onReassign(Number(chosen))}
      >
        {zh ? '改派' : 'Reassign'}
      </button>
    </div>
  )
}
