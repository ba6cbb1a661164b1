import React from 'react'

import type { Media } from '@/payload-types'

type Size = 'thumbnail' | 'card' | 'feature'

/** The image's generated sizes as a srcset, smallest first, so a phone loads the small one. */
function srcSetOf(media: Media): string | undefined {
  const sizes = (['thumbnail', 'card', 'feature'] as Size[])
    .map((name) => media.sizes?.[name])
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
  return sizes.length > 0 ? sizes.map((size) => `${size.url} ${size.width}w`).join(', ') : undefined
}

/** An image with its caption and credit, as the newspaper prints a photo. */
export function MediaFigure({
  media,
  priority = false,
  className,
}: {
  media: Media
  priority?: boolean
  className?: string
}) {
  if (!media.url) return null
  return (
    <figure className={className ?? 'figure'}>
      <img
        src={media.sizes?.feature?.url || media.url}
        srcSet={srcSetOf(media)}
        sizes="(max-width: 46rem) 100vw, 44rem"
        alt={media.alt}
        width={media.width ?? undefined}
        height={media.height ?? undefined}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
      />
      {media.caption || media.credit ? (
        <figcaption>
          {media.caption}
          {media.credit ? <span className="figure__credit">{media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
