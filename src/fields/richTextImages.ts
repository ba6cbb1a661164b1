import type { FieldAccess, UploadField } from 'payload'

import { isStaffUser } from '@/access/roles'
import { bilingual } from '@/i18n/bilingual'
import { uploadIdsOf } from '@/lexical/readLexical'

const staffOnly: FieldAccess = ({ req }) => isStaffUser(req.user)

/** The name of the field that mirrors a rich-text field's images: `body` → `bodyImages`. */
export const richTextImagesName = (richTextName: string) => `${richTextName}Images`

/**
 * The images a rich-text field shows, kept as an upload relationship beside it. Payload stores an
 * image in rich text only inside the JSON, where no query can find which documents use an image;
 * mirrored here it is a row in the `_rels` table, so the media's read access can ask "does a live
 * document use this image" with an indexed join (collections/Media/usage.ts). It is derived on
 * every save from the text saved with it (whatever a client sends for it is replaced), and it is
 * versioned with the text: a draft's new images stay in the draft until it is published.
 */
export const richTextImagesField = (richTextName: string): UploadField => ({
  name: richTextImagesName(richTextName),
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  maxDepth: 0,
  label: bilingual('正文中的图片', 'Images in the text'),
  access: { read: staffOnly },
  admin: { hidden: true, readOnly: true },
  // The ids were just checked against the media table (below); Payload's own check would ask again.
  validate: () => true,
  hooks: {
    // After beforeValidate, an update's data holds every field (Payload fills the unsent ones in
    // from the stored document), so the text is always there to derive from.
    beforeChange: [
      async ({ siblingData, previousSiblingDoc, req }) => {
        const text = richTextName in siblingData ? siblingData[richTextName] : previousSiblingDoc?.[richTextName]
        const ids = uploadIdsOf(text)
        if (ids.length === 0) return []
        // An image deleted since the text was written stays in the JSON (the site skips it); only
        // existing ones can be rows, or saving the text would fail on the foreign key.
        const { docs } = await req.payload.find({
          collection: 'media',
          where: { id: { in: ids } },
          select: {},
          depth: 0,
          pagination: false,
          req,
          overrideAccess: true,
        })
        const existing = new Set(docs.map((doc) => doc.id))
        return ids.filter((id) => existing.has(id))
      },
    ],
  },
})
