/**
 * Parses the plain-text export of the column article (src/seed/column-article.txt) into its
 * editorial parts. The export is one paragraph per line with blank lines between them; the
 * newspaper layout left two kinds of damage that are repaired here:
 *
 * 1. Photos: a photo's place in the layout shows up as a wide gap (two or more blank lines) with
 *    the photo's caption as the next line. So a CAPTION is a line that follows such a gap and is
 *    short (≤ 40 characters) with no clause punctuation (，；：、) and at most a final 。.
 *    A normal paragraph never follows a wide gap unless a photo was there.
 * 2. Split paragraphs: the layout cut some paragraphs mid-sentence, even mid-word ("乡村振" /
 *    "兴有效衔接"). A text paragraph that does not end with sentence-final punctuation
 *    (。！？…” etc.) is continued by the next text line; captions met in between are kept and
 *    placed as image blocks right after the re-joined paragraph.
 *
 * A section HEADING is a short line of two phrases separated by one space (ASCII or full-width)
 * with no punctuation at all ("夯基助产 高质量发展昂仁经济"). Headlines (kicker, title) have no
 * space between phrases and are recognised by position instead: the layout puts the cover
 * photo between the 编者按 and the headline, and the headline is 引题 then 主标题 (then an optional
 * ——副题) directly above the first body paragraph (导语).
 *
 * Anything that does not fit this structure throws, so a changed article fails the seed loudly.
 */

export type ArticleBlock = { type: 'paragraph'; text: string } | { type: 'image'; caption: string }

export interface ParsedColumnArticle {
  column: { name: string; tagline: string; editorsNote: string[] }
  article: {
    kicker: string
    title: string
    subtitle: string | null
    lead: string
    coverCaption: string
    sections: { heading: string; blocks: ArticleBlock[] }[]
    byline: { source: string; role: string; name: string }
  }
  captions: string[] // every photo caption in order of appearance
}

interface Line {
  text: string
  /** Blank lines between this line and the previous non-blank one. */
  gapBefore: number
}

const PHOTO_GAP = 2
const MAX_CAPTION_LENGTH = 40
const SENTENCE_END = /[。！？!?…”’」』]$/u
const CLAUSE_PUNCTUATION = /[，,；;：:、]/u
const HEADING = /^[\p{Script=Han}A-Za-z0-9]{2,12}[ \u3000][\p{Script=Han}A-Za-z0-9]{2,16}$/u
const LEADING_DASHES = /^[—–－-]+/u
// "大众日报淄博融媒体中心记者 孙良栋": source, role, name. 特约记者 is listed before 记者 so the
// longer role wins.
const BYLINE = /^(?<source>.+?)(?<role>特约记者|记者|通讯员|实习生|摄影|编辑)[ \u3000]+(?<name>\S.*)$/u

// A function declaration (not an arrow) so TypeScript narrows after `if (…) fail(…)`.
function fail(message: string): never {
  throw new Error(`parseColumnArticle: ${message}`)
}

function toLines(raw: string): Line[] {
  const text = raw
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/g, '\n')
    .trim()
  const lines: Line[] = []
  let gap = 0
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed === '') {
      gap += 1
      continue
    }
    lines.push({ text: trimmed, gapBefore: gap })
    gap = 0
  }
  return lines
}

const isTerminated = (text: string): boolean => SENTENCE_END.test(text)
const isHeading = (line: Line): boolean => HEADING.test(line.text)
const isCaption = (line: Line): boolean =>
  line.gapBefore >= PHOTO_GAP &&
  line.text.length <= MAX_CAPTION_LENGTH &&
  !CLAUSE_PUNCTUATION.test(line.text) &&
  !/[。！？!?]./u.test(line.text)

type BodyItem = { type: 'heading'; text: string } | ArticleBlock

/** Body lines → headings, re-joined paragraphs and image blocks (see rule 2 above). */
function readBody(lines: Line[], captions: string[]): BodyItem[] {
  const items: BodyItem[] = []
  let pending: string | null = null
  let pendingImages: ArticleBlock[] = []
  for (const line of lines) {
    if (isCaption(line)) {
      captions.push(line.text)
      const image: ArticleBlock = { type: 'image', caption: line.text }
      if (pending === null) items.push(image)
      else pendingImages.push(image)
      continue
    }
    if (isHeading(line)) {
      if (pending !== null) fail(`paragraph "${pending.slice(0, 30)}…" breaks off before heading "${line.text}"`)
      items.push({ type: 'heading', text: line.text })
      continue
    }
    const text: string = (pending ?? '') + line.text
    if (isTerminated(text)) {
      items.push({ type: 'paragraph', text }, ...pendingImages)
      pending = null
      pendingImages = []
    } else {
      pending = text
    }
  }
  if (pending !== null) fail(`paragraph "${pending.slice(0, 30)}…" is never completed`)
  return items
}

export function parseColumnArticle(raw: string): ParsedColumnArticle {
  const lines = toLines(raw)
  const at = (i: number, what: string): Line => lines[i] ?? fail(`text ends before the ${what}`)
  let i = 0

  const name = at(i++, 'column name').text
  if (isTerminated(name) || CLAUSE_PUNCTUATION.test(name)) fail(`first line "${name}" is not a column name`)
  const taglineLine = at(i++, 'column tagline').text
  if (!LEADING_DASHES.test(taglineLine)) fail(`expected the column tagline starting with ——, got "${taglineLine}"`)
  const tagline = taglineLine.replace(LEADING_DASHES, '').trim()
  if (!/^编者按[:：]?$/u.test(at(i++, '编者按').text)) fail(`expected "编者按" on line ${i}`)

  const editorsNote: string[] = []
  for (let line = lines[i]; line && !isCaption(line) && isTerminated(line.text); line = lines[++i]) {
    editorsNote.push(line.text)
  }
  if (editorsNote.length === 0) fail('the 编者按 has no paragraph')

  const captions: string[] = []
  for (let line = lines[i]; line && isCaption(line); line = lines[++i]) captions.push(line.text)
  if (captions.length !== 1) {
    fail(`expected one cover photo caption (after a blank-line gap) before the headline, found ${captions.length}`)
  }
  const coverCaption = captions[0] ?? fail('no cover caption')

  const kicker = at(i++, 'kicker (引题)').text
  const title = at(i++, 'title (主标题)').text
  for (const headline of [kicker, title]) {
    if (/[。；;，,]/u.test(headline)) fail(`"${headline}" reads like prose, not a headline`)
  }
  const subtitle = LEADING_DASHES.test(at(i, 'lead').text)
    ? at(i++, 'subtitle').text.replace(LEADING_DASHES, '').trim()
    : null

  const bylineText = at(lines.length - 1, 'byline').text
  const byline = BYLINE.exec(bylineText)?.groups
  if (!byline?.source || !byline.role || !byline.name) fail(`last line "${bylineText}" is not a byline`)

  const body = readBody(lines.slice(i, -1), captions)
  const [leadItem, ...rest] = body
  if (leadItem?.type !== 'paragraph') fail('the article has no lead paragraph (导语) under the title')
  const lead = leadItem.text

  const sections: ParsedColumnArticle['article']['sections'] = []
  for (const item of rest) {
    if (item.type === 'heading') {
      sections.push({ heading: item.text, blocks: [] })
      continue
    }
    const current = sections.at(-1)
    if (!current) fail('text between the lead and the first section heading; expected a single lead paragraph')
    current.blocks.push(item)
  }
  if (sections.length === 0) fail('no section headings found')
  for (const section of sections) {
    if (!section.blocks.some((b) => b.type === 'paragraph')) fail(`section "${section.heading}" has no text`)
  }

  return {
    column: { name, tagline, editorsNote },
    article: {
      kicker,
      title,
      subtitle,
      lead,
      coverCaption,
      sections,
      byline: { source: byline.source, role: byline.role, name: byline.name.trim() },
    },
    captions,
  }
}

/**
 * Every stretch of article text a fact can be read from, in reading order: captions, the lead
 * and the (re-joined) paragraphs. Extractors search these so no match spans two paragraphs.
 */
export function articleTexts(parsed: ParsedColumnArticle): string[] {
  const { article } = parsed
  return [
    article.coverCaption,
    article.lead,
    ...article.sections.flatMap((s) => s.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.caption))),
  ]
}
