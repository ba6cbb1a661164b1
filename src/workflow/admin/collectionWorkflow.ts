'use client'
import { useEffect, useState } from 'react'

import { toDefinition, type StoredStage } from '@/collections/Workflows/toDefinition'

import { EDITORIAL_COLLECTIONS, type EditorialCollection } from '../editorialCollections'
import { DEFAULT_WORKFLOWS } from '../stages/defaultWorkflows'
import type { WorkflowDefinition } from '../stages/definition'
import { useWorkflowApi } from './useWorkflowApi'

type Api = ReturnType<typeof useWorkflowApi>

export const isEditorialCollection = (slug: unknown): slug is EditorialCollection =>
  typeof slug === 'string' && (EDITORIAL_COLLECTIONS as readonly string[]).includes(slug)

/**
 * A collection's review stages as the administrators last saved them, read as the logged-in user
 * (staff may read the workflows). Until one is stored the shipped default stands in, exactly as on
 * the server (loadWorkflow.ts), so the admin never offers a step the server would place elsewhere.
 */
export async function fetchWorkflow(api: Api, collection: EditorialCollection): Promise<WorkflowDefinition> {
  const result = await api<{ docs: { stages?: StoredStage[] | null }[] }>(
    `/workflows?where[collection][equals]=${collection}&depth=0&limit=1`,
  )
  const stored = result.ok ? result.data.docs?.[0]?.stages : undefined
  return stored && stored.length > 0 ? toDefinition(stored) : DEFAULT_WORKFLOWS[collection]
}

/** The stages of `collection`; undefined while they are read, or for a collection without review. */
export function useCollectionWorkflow(collection: string | undefined): WorkflowDefinition | undefined {
  const api = useWorkflowApi()
  const [workflow, setWorkflow] = useState<WorkflowDefinition>()
  useEffect(() => {
    if (!isEditorialCollection(collection)) return
    let current = true
    void fetchWorkflow(api, collection).then((definition) => {
      if (current) setWorkflow(definition)
    })
    return () => {
      current = false
    }
  }, [api, collection])
  return workflow
}
