import sharp from 'sharp'

const PALETTES = [
  { sky: ['#3a6ea5', '#a9cbe8'], ridge: '#e9eef3', land: '#5b6b4e' },
  { sky: ['#2b5876', '#90b4ce'], ridge: '#f4f6f8', land: '#6d5a3f' },
  { sky: ['#41729f', '#c3dbe9'], ridge: '#dfe6ec', land: '#4f6447' },
]

/**
 * A stand-in photo (snowy ridge under a high-plateau sky) for the article's three pictures, whose
 * originals are not in the source text. Drawn as SVG and rendered by sharp, so no binary is committed.
 */
export async function placeholderImage(index: number, width = 1600, height = 900): Promise<Buffer> {
  const { sky, ridge, land } = PALETTES[index % PALETTES.length]
  const peak = 0.25 + 0.1 * (index % 3)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 100 56.25" preserveAspectRatio="none">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>
  <rect width="100" height="56.25" fill="url(#sky)"/>
  <polygon points="0,40 ${18 + index * 7},${56.25 * peak} 38,30 55,${56.25 * (peak - 0.08)} 72,28 88,${56.25 * (peak + 0.05)} 100,34 100,56.25 0,56.25" fill="${ridge}"/>
  <polygon points="0,46 25,40 50,44 75,39 100,43 100,56.25 0,56.25" fill="${land}"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
