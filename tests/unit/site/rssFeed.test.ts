import { describe, expect, it } from 'vitest'

import { escapeXml, renderRssFeed } from '@/site/rssFeed'

const channel = {
  title: '穿越喜马拉雅的守望',
  link: 'https://example.com/',
  description: '专栏',
  language: 'zh-CN',
  selfLink: 'https://example.com/feed.xml',
}

describe('renderRssFeed', () => {
  it('lists the items with title, link, guid, description and an RFC 822 date', () => {
    const xml = renderRssFeed(channel, [
      {
        title: '标题',
        link: 'https://example.com/articles/a',
        description: '导语',
        publishedAt: '2022-07-01T02:00:00.000Z',
      },
    ])
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/)
    expect(xml).toContain('<title>标题</title>')
    expect(xml).toContain('<guid isPermaLink="true">https://example.com/articles/a</guid>')
    expect(xml).toContain('<pubDate>Fri, 01 Jul 2022 02:00:00 GMT</pubDate>')
    expect(xml).toContain('<lastBuildDate>Fri, 01 Jul 2022 02:00:00 GMT</lastBuildDate>')
  })

  it('escapes markup and drops characters XML cannot carry', () => {
    const xml = renderRssFeed(channel, [
      { title: '<script>alert("x")</script> & \u0001', link: 'https://e.com/?a=1&b=2' },
    ])
    expect(xml).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; </title>')
    expect(xml).toContain('<link>https://e.com/?a=1&amp;b=2</link>')
    expect(xml).not.toContain('\u0001')
    expect(escapeXml("'")).toBe('&apos;')
  })

  it('declares the Dublin Core namespace the credits use', () => {
    expect(renderRssFeed(channel, [])).toContain(
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    )
  })

  it('carries each printed credit as a dc:contributor of its item, escaped', () => {
    const xml = renderRssFeed(channel, [
      {
        title: '有署名',
        link: 'https://example.com/articles/a',
        contributors: ['责任编辑：张华', '签发：<陈&静>', ' '],
      },
      { title: '无署名', link: 'https://example.com/articles/b' },
    ])
    const [signed, unsigned] = xml.split('</item>')
    expect(signed).toContain('      <dc:contributor>责任编辑：张华</dc:contributor>\n')
    expect(signed).toContain('<dc:contributor>签发：&lt;陈&amp;静&gt;</dc:contributor>')
    // A blank credit makes no empty element.
    expect(signed.match(/<dc:contributor>/g)).toHaveLength(2)
    // Stories published before 三审 carry none.
    expect(unsigned).not.toContain('dc:contributor')
  })

  it('an empty feed is still a valid channel', () => {
    const xml = renderRssFeed(channel, [])
    expect(xml).toContain('<channel>')
    expect(xml).not.toContain('<item>')
    expect(xml).not.toContain('lastBuildDate')
  })
})
