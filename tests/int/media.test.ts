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

const upload = (file: Blob, filename: string, fields: Record<string, unknown> = { alt: '测试图片' }) => {
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

describe('a file missing from the upload folder', () => {
  /** An image marked public (so readers may ask for it), whose files are then lost from the disk. */
  async function publicImageWithoutFiles(name: string) {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#a55' } })
      .png()
      .toBuffer()
    const response = await upload(new Blob([new Uint8Array(png)], { type: 'image/png' }), `${name}.png`, {
      alt: '丢失的图片',
      public: true,
    })
    expect(response.status).toBe(201)
    const doc = response.body.doc
    expect(doc.public).toBe(true)
    const names = [doc.filename, doc.sizes.thumbnail.filename, doc.sizes.card.filename] as string[]
    for (const file of names) await fs.rm(`${ctx.mediaDir}/${file}`)
    return { doc, names }
  }

  it('answers 404 with a message that says the file is gone, to readers and staff, for every size', async () => {
    const { doc, names } = await publicImageWithoutFiles('lost')
    for (const file of names) {
      for (const asker of [undefined, token]) {
        const response = await ctx.rest.get(`/media/file/${file}`, asker)
        expect(response.status, file).toBe(404)
        expect(response.body.errors[0].message).toMatch(/图片文件缺失.*The image file is missing/)
      }
    }
    // The record is still there, and still answers.
    expect((await ctx.rest.get(`/media/${doc.id}`)).status).toBe(200)
  })

  it('answers 404 for a file no image has, without a 500', async () => {
    for (const asker of [undefined, token]) {
      const response = await ctx.rest.get('/media/file/never-uploaded.png', asker)
      expect(response.status).toBe(404)
      expect(response.body.errors[0].message).toMatch(/找不到这张图片/)
    }
  })

  it('still serves a file that is there', async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#5a5' } })
      .png()
      .toBuffer()
    const response = await upload(new Blob([new Uint8Array(png)], { type: 'image/png' }), 'present.png', {
      alt: '在的图片',
      public: true,
    })
    const file = await ctx.rest.request('GET', `/media/file/${response.body.doc.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
  })
})
