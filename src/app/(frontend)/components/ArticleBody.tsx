import type { SerializedLinkNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { RichText } from '@payloadcms/richtext-lexical/react'
import React from 'react'

import type { Media } from '@/payload-types'

import { safeHref } from '@/site/safeHref'

import { MediaFigure } from './MediaFigure'

type LexicalDocument = React.ComponentProps<typeof RichText>['data']

/**
 * Renders stored rich text on the server. Two converters differ from Payload's defaults: images
 * are looked up in the page's media (loaded in one query) and shown with their caption, and links
 * are rendered only when their address is safe.
 */
export function ArticleBody({ document, media }: { document: unknown; media: Map<number, Media> }) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    upload: ({ node }) => {
      const value = (node as SerializedUploadNode).value
      const id = typeof value === 'object' && value !== null ? (value as { id: number }).id : Number(value)
      const found = media.get(id)
      return found ? <MediaFigure media={found} /> : null
    },
    link: ({ node, nodesToJSX }) => {
      const link = node as SerializedLinkNode
      const children = nodesToJSX({ nodes: link.children })
      const href = link.fields.linkType === 'internal' ? null : safeHref(link.fields.url)
      if (!href) return <>{children}</>
      const external = /^https?:/.test(href)
      return (
        <a
          href={href}
          rel={external ? 'noopener noreferrer nofollow' : undefined}
          target={link.fields.newTab ? '_blank' : undefined}
        >
          {children}
        </a>
      )
    },
    autolink: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const href = safeHref(node.fields.url)
      return href ? (
        <a href={href} rel="noopener noreferrer nofollow">
          {children}
        </a>
      ) : (
        <>{children}</>
      )
    },
  })
  if (!document || typeof document !== 'object') return null
  return (
    <RichText
      className="body"
      data={document as LexicalDocument}
      converters={converters}
      disableIndent
      disableTextAlign
    />
  )
}
