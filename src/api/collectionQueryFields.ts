import type { QueryField, QueryFields } from './queryFields'

/**
 * The query-field tree of each collection (queryFields.ts), read from the sanitized collection
 * configs: every field a reader may name (hidden ones such as `hash` are left out), a relation
 * leading into its target collection, a group or array into its own fields, and for a collection
 * with versions the version record's own fields (`version.*`, `parent`, `latest`...: Payload's
 * buildVersionCollectionFields, passed in), since Payload's hook cannot tell a versions read from a
 * document read. Pure over the config objects.
 */
export interface ConfigField {
  name?: string
  type: string
  hidden?: boolean
  hasMany?: boolean
  options?: readonly (string | { value: string })[]
  relationTo?: string | readonly string[]
  flattenedFields?: readonly ConfigField[]
  blocks?: readonly { slug: string; flattenedFields?: readonly ConfigField[] }[]
}

export interface ConfigCollection {
  slug: string
  flattenedFields: readonly ConfigField[]
  /** The fields of the collection's version records, for a collection with versions. */
  versionFields?: readonly ConfigField[]
}

type IdType = 'number' | 'text'

export class CollectionQueryFields {
  private readonly built = new Map<string, QueryFields>()
  private readonly documents = new Map<string, QueryFields>()
  private readonly bySlug: Map<string, ConfigCollection>

  constructor(
    collections: readonly ConfigCollection[],
    private readonly defaultIDType: IdType,
  ) {
    this.bySlug = new Map(collections.map((collection) => [collection.slug, collection]))
  }

  /** The fields a query on this collection (or its versions) may name; empty for an unknown slug. */
  of(slug: string): QueryFields {
    let fields = this.built.get(slug)
    if (!fields) {
      const collection = this.bySlug.get(slug)
      fields = collection ? this.withVersionFields(collection) : new Map()
      this.built.set(slug, fields)
    }
    return fields
  }

  /** A document's own fields and id: what a relation to this collection leads to. */
  private documentFieldsOf(slug: string): QueryFields {
    let fields = this.documents.get(slug)
    if (!fields) {
      const collection = this.bySlug.get(slug)
      fields = new Map<string, QueryField>([
        ['id', { type: 'id', idType: this.idTypeOf(slug) }],
        ...(collection ? this.fieldMap(collection.flattenedFields) : []),
      ])
      this.documents.set(slug, fields)
    }
    return fields
  }

  idTypeOf(slug: string): IdType {
    const custom = this.bySlug.get(slug)?.flattenedFields.find((field) => field.name === 'id')
    if (!custom) return this.defaultIDType
    return custom.type === 'number' ? 'number' : 'text'
  }

  private withVersionFields(collection: ConfigCollection): QueryFields {
    const fields = new Map(this.documentFieldsOf(collection.slug))
    for (const [name, field] of this.fieldMap(collection.versionFields ?? [])) {
      // A version's own dates are the document's; its `version` group holds the document's fields.
      if (!fields.has(name)) fields.set(name, field)
    }
    return fields
  }

  private fieldMap(configFields: readonly ConfigField[]): Map<string, QueryField> {
    const fields = new Map<string, QueryField>()
    for (const field of configFields) {
      if (!field.name || field.hidden) continue
      fields.set(field.name, this.queryField(field))
    }
    return fields
  }

  private queryField(field: ConfigField): QueryField {
    const { type, hasMany } = field
    if (field.flattenedFields) {
      const children = this.fieldMap(field.flattenedFields)
      return { type, children: () => children }
    }
    if (field.blocks) {
      const children = this.fieldMap(field.blocks.flatMap((block) => block.flattenedFields ?? []))
      children.set('blockType', { type: 'select', options: field.blocks.map((block) => block.slug) })
      return { type, children: () => children }
    }
    if (field.options) {
      return { type, hasMany, options: field.options.map((o) => (typeof o === 'string' ? o : o.value)) }
    }
    if ((type === 'relationship' || type === 'upload') && field.relationTo) {
      return this.relationField(type, hasMany, field.relationTo)
    }
    return { type, hasMany }
  }

  private relationField(
    type: string,
    hasMany: boolean | undefined,
    relationTo: string | readonly string[],
  ): QueryField {
    if (typeof relationTo === 'string') {
      return { type, hasMany, idType: this.idTypeOf(relationTo), children: () => this.documentFieldsOf(relationTo) }
    }
    const idType = relationTo.every((slug) => this.idTypeOf(slug) === 'number') ? 'number' : 'text'
    // Payload's Postgres adapter matches the pair itself only by equality with { relationTo, value }
    // (anything else, not_equals and exists included, is a 500), and `relationTo` only by equality.
    const children = new Map<string, QueryField>([
      ['relationTo', { type: 'select', options: [...relationTo], operators: ['equals'] }],
      ['value', { type, idType }],
    ])
    return { type, hasMany, idType, polymorphic: true, operators: ['equals'], children: () => children }
  }
}
