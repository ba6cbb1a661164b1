import { describe, expectTypeOf, it } from 'vitest'
import type { ColumnFacts, HonorRecord, ProjectRecord } from '../../../src/review-checks'
import type { Column, Honor, Project } from '../../../src/payload-types'

// The library declares its own minimal record shapes; the documents Payload returns must fit them
// so the integration passes them straight through.
describe('record types', () => {
  it('accepts the generated Payload documents', () => {
    expectTypeOf<Project>().toExtend<ProjectRecord>()
    expectTypeOf<Honor>().toExtend<HonorRecord>()
    expectTypeOf<Column>().toExtend<ColumnFacts>()
  })
})
