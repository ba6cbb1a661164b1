import fs from 'node:fs/promises'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signIn } from './helpers/users'

let ctx: TestContext
let token: string

beforeAll(async () => {
  ctx = await startTestPayload()
  token = await signIn(ctx, ['editor'])
})
afterAll(() => ctx?.close())

const upload = (file: Blob, filename: string, fields: Record<string, string> = { alt: '测试图片' }) => {
  const form = new FormData()
  form.append('file', file, filename)
  form.append('_payload', JSON.stringify(fields))
  return ctx.rest.request('POST', '/media', { body: form, token })
}

const stored = async () => ({
  rows: (await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM media'))[0].n,
  files: (await fs.readdir(ctx.mediaDir)).length,
})

describe('uploads', () => {
  it('stores an image with its caption and generated sizes', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6ea5' } })
      .png()
      .toBuffer()
    const response = await upload(new Blob([new Uint8Array(png)], { type: 'image/png' }), 'plateau.png', {
      alt: '高原',
      caption: '工作组在亚木乡小学项目现场调研。',
      credit: '孙良栋 摄',
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({
      alt: '高原',
      caption: '工作组在亚木乡小学项目现场调研。',
      mimeType: 'image/png',
    })
    expect(response.body.doc.sizes.thumbnail.width).toBe(400)
    const files = await fs.readdir(ctx.mediaDir)
    expect(files).toContain('plateau.png')
    expect(files.some((f) => f.startsWith('plateau-400x300'))).toBe(true)
  })

  const refused: [string, Blob, string][] = [
    ['a text file named like an image', new Blob(['just text, not a picture'], { type: 'image/png' }), 'notes.png'],
    [
      'an SVG with a script',
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' }),
      'logo.svg',
    ],
    ['an HTML page', new Blob(['<html><script>alert(1)</script></html>'], { type: 'text/html' }), 'page.html'],
    [
      'an executable named .jpg',
      new Blob([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])], { type: 'image/jpeg' }),
      'photo.jpg',
    ],
  ]
  it.each(refused)('refuses %s with a 400 and keeps nothing', async (_name, file, filename) => {
    const before = await stored()
    const response = await upload(file, filename)
    expect(response.status).toBe(400)
    expect(await stored()).toEqual(before)
  })

  it('requires alt text', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const before = await stored()
    const response = await upload(new Blob([new Uint8Array(png)], { type: 'image/png' }), 'no-alt.png', {})
    expect(response.status).toBe(400)
    expect(await stored()).toEqual(before)
  })

  it('refuses uploads from anonymous visitors', async () => {
    const form = new FormData()
    form.append('file', new Blob(['x'], { type: 'image/png' }), 'x.png')
    const response = await ctx.rest.request('POST', '/media', { body: form })
    expect(response.status).toBe(403)
  })
})
