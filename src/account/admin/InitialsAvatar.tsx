'use client'
import { useAuth } from '@payloadcms/ui'
import React from 'react'

import type { User } from '@/payload-types'

import { initialsOf } from '../initials'

/**
 * The account button's picture: the user's initial drawn in a circle, with nothing fetched. Payload's
 * default asks Gravatar for a photo, which an intranet cannot reach (a broken image on every page)
 * and which tells an outside service who is logged in. The initial also shows at a glance which of
 * a desk's accounts this browser is using.
 */
export function InitialsAvatar() {
  const { user } = useAuth<User>()
  const initials = initialsOf(user?.name, user?.email)
  return (
    <span
      className="initials-avatar"
      title={user?.name ?? user?.email ?? undefined}
      aria-hidden="true"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 25,
        height: 25,
        borderRadius: '50%',
        background: 'var(--theme-elevation-800)',
        color: 'var(--theme-elevation-0)',
        fontSize: [...initials].length > 1 ? 10 : 13,
        fontWeight: 600,
        lineHeight: 1,
        userSelect: 'none',
      }}
    >
      {initials}
    </span>
  )
}
