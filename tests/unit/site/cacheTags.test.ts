import { describe, expect, it } from 'vitest'

import { siteTags, siteTagsForChange, type DocumentChange } from '@/site/cacheTags'

const change = (overrides: Partial<DocumentChange> & Pick<DocumentChange, 'collection'>): DocumentChange => ({
  doc: { id: 7, _status: 'published', slug: 'new-slug' },
  previousDoc: { id: 7, _status: 'published', slug: 'new-slug' },
  ...overrides,
})

describe('siteTagsForChange: exactly the cached reads a change makes stale', () => {
  it.each([
    ['a draft that was never published', { id: 1, _status: 'draft' }, { id: 1, _status: 'draft' }],
    ['a new draft', { id: 1, _status: 'draft' }, null],
  ])('nothing for %s: readers cannot see it', (_, doc, previousDoc) => {
    for (const collection of ['articles', 'projects', 'honors']) {
      expect(siteTagsForChange({ collection, doc, previousDoc })).toEqual([])
    }
  })

  it('nothing when only a draft version was added to a published document', () => {
    expect(siteTagsForChange(change({ collection: 'articles', savedAsDraft: true }))).toEqual([])
  })

  it('publishing an article: the lists, its page, and the pages of the projects it is about', () => {
    const tags = siteTagsForChange({
      collection: 'articles',
      doc: { id: 3, _status: 'published', slug: 'a', relatedProjects: [11, { id: 12 }] },
      previousDoc: { id: 3, _status: 'draft', slug: 'a', relatedProjects: [10] },
    })
    expect(tags).toEqual(
      expect.arrayContaining([
        siteTags.articleList,
        siteTags.article('a'),
        siteTags.articlesOfProject(10),
        siteTags.articlesOfProject(11),
        siteTags.articlesOfProject(12),
      ]),
    )
    expect(tags).not.toContain(siteTags.projectList)
  })

  it('taking an article down refreshes the same places', () => {
    const tags = siteTagsForChange(
      change({ collection: 'articles', doc: { id: 7, _status: 'draft', slug: 'new-slug' } }),
    )
    expect(tags).toContain(siteTags.articleList)
    expect(tags).toContain(siteTags.article('new-slug'))
  })

  describe('the trash', () => {
    const live = { id: 7, _status: 'published', slug: 'new-slug', relatedProjects: [11] }
    const unpublishing = (collection: string) =>
      siteTagsForChange({ collection, doc: { ...live, _status: 'draft' }, previousDoc: live })

    it.each(['articles', 'projects', 'honors'])(
      '%s: trashing or restoring a published document refreshes exactly what unpublishing it does',
      (collection) => {
        const expected = unpublishing(collection)
        expect(expected.length).toBeGreaterThan(0)
        for (const trashMove of ['trash', 'restore'] as const) {
          // The bin's write is a draft write (the live row is not rewritten); the move still counts.
          const tags = siteTagsForChange({ collection, doc: live, savedAsDraft: true, trashMove })
          expect([...tags].sort()).toEqual([...expected].sort())
        }
      },
    )

    it('an article moved to the trash refreshes the pages of the projects it is about', () => {
      expect(siteTagsForChange({ collection: 'articles', doc: live, trashMove: 'trash' })).toContain(
        siteTags.articlesOfProject(11),
      )
    })

    it.each(['articles', 'projects', 'honors'])(
      '%s: trashing what readers never saw refreshes nothing',
      (collection) => {
        for (const trashMove of ['trash', 'restore'] as const) {
          expect(siteTagsForChange({ collection, doc: { id: 1, _status: 'draft' }, trashMove })).toEqual([])
        }
      },
    )
  })

  it('a changed address refreshes both the old and the new page', () => {
    const tags = siteTagsForChange(
      change({ collection: 'articles', previousDoc: { id: 7, _status: 'published', slug: 'old-slug' } }),
    )
    expect(tags).toContain(siteTags.article('old-slug'))
    expect(tags).toContain(siteTags.article('new-slug'))
  })

  it('a project: the project lists and figures, its page, and the articles that show it', () => {
    expect(siteTagsForChange(change({ collection: 'projects' }))).toEqual([
      siteTags.projectList,
      siteTags.project(7),
      siteTags.projectPage('new-slug'),
    ])
  })

  it('an honor, an image, the column settings', () => {
    expect(siteTagsForChange(change({ collection: 'honors' }))).toEqual([siteTags.honorList, siteTags.honor(7)])
    expect(siteTagsForChange({ collection: 'media', doc: { id: 5 } })).toEqual([siteTags.media(5)])
    expect(siteTagsForChange({ collection: 'column', doc: { id: 1 } })).toEqual([siteTags.column])
  })

  it('collections the site does not show refresh nothing', () => {
    for (const collection of ['users', 'reviews', 'notifications']) {
      expect(siteTagsForChange(change({ collection }))).toEqual([])
    }
  })
})
