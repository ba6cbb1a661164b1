import { describe, expect, it } from 'vitest'

import { isFiltered, matchesProjectFilter, parseProjectFilter, projectFilterHref } from '@/site/projectFilters'

const school = {
  categories: ['education', 'infrastructure'],
  township: ['亚木乡', '日吾乡'],
  year: 2021,
  status: 'completed',
}

describe('project filters in the URL', () => {
  it('reads the known keys, the first of repeated ones, trimmed; ignores the rest', () => {
    expect(parseProjectFilter({ category: ' education ', year: ['2021', '2022'], page: '3', status: '' })).toEqual({
      category: 'education',
      year: '2021',
    })
  })

  it('cuts absurdly long values, which then match nothing', () => {
    const filter = parseProjectFilter({ township: 'x'.repeat(10_000) })
    expect(filter.township).toHaveLength(40)
    expect(matchesProjectFilter(school, filter)).toBe(false)
  })

  it.each([
    [{}, true],
    [{ category: 'education' }, true],
    [{ category: 'health' }, false],
    [{ township: '日吾乡' }, true],
    [{ township: '卡嘎镇' }, false],
    [{ year: '2021' }, true],
    [{ year: '2020' }, false],
    [{ year: 'abc' }, false],
    [{ status: 'completed', category: 'infrastructure', township: '亚木乡', year: '2021' }, true],
    [{ status: 'planned' }, false],
  ])('filter %j matches: %s', (filter, expected) => {
    expect(matchesProjectFilter(school, filter)).toBe(expected)
  })

  it('a project without a township or year matches only when those are not filtered', () => {
    const county = { categories: ['health'], township: null, year: null, status: 'completed' }
    expect(matchesProjectFilter(county, { category: 'health' })).toBe(true)
    expect(matchesProjectFilter(county, { township: '卡嘎镇' })).toBe(false)
    expect(matchesProjectFilter(county, { year: '2021' })).toBe(false)
  })

  it('builds links that change one filter and keep the others', () => {
    const filter = { category: 'education', township: '日吾乡' }
    expect(projectFilterHref(filter, 'year', '2021')).toBe(
      `/projects?category=education&township=${encodeURIComponent('日吾乡')}&year=2021`,
    )
    expect(projectFilterHref(filter, 'category', undefined)).toBe(`/projects?township=${encodeURIComponent('日吾乡')}`)
    expect(projectFilterHref({ category: 'education' }, 'category', undefined)).toBe('/projects')
    expect(isFiltered({})).toBe(false)
    expect(isFiltered({ status: 'planned' })).toBe(true)
  })
})
