'use client'
import { useConfig } from '@payloadcms/ui'
import { useCallback } from 'react'

/** Fetches from the Payload API as the logged-in user; refusals come back with their message. */
export function useWorkflowApi() {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  return useCallback(
    async <T>(path: string, init?: RequestInit): Promise<{ ok: boolean; data: T; message?: string }> => {
      const response = await fetch(`${api}${path}`, {
        credentials: 'include',
        ...init,
        headers: { 'Content-Type': 'application/json', ...init?.headers },
      })
      const data = (await response.json().catch(() => ({}))) as T & { errors?: { message: string }[] }
      return { ok: response.ok, data, message: data.errors?.map((e) => e.message).join('\n') }
    },
    [api],
  )
}
