import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "used_by_published" boolean DEFAULT false;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_rels_media_id_idx" ON "articles_rels" USING btree ("media_id");
  CREATE INDEX "_articles_v_rels_media_id_idx" ON "_articles_v_rels" USING btree ("media_id");`)
  // The images already in rich text become rows of the relationship that mirrors them
  // (src/fields/richTextImages.ts), in the live rows and in every version.
  for (const [table, column, rels, path] of RICH_TEXT_IMAGES) {
    await db.execute(sql.raw(backfillImages(table, column, rels, path)))
  }
  // Then which images a live document uses (src/collections/Media/liveUse): without this, every
  // image already published would be hidden from readers until its document is saved again.
  await db.execute(sql`
   UPDATE "media" SET "used_by_published" = (
     EXISTS (SELECT 1 FROM "articles" d WHERE d."cover_image_id" = "media"."id"
               AND d."_status" = 'published' AND d."deleted_at" IS NULL)
     OR EXISTS (SELECT 1 FROM "articles_rels" r JOIN "articles" d ON d."id" = r."parent_id"
               WHERE r."media_id" = "media"."id" AND r."path" = 'bodyImages'
                 AND d."_status" = 'published' AND d."deleted_at" IS NULL)
     OR EXISTS (SELECT 1 FROM "projects_rels" r JOIN "projects" d ON d."id" = r."parent_id"
               WHERE r."media_id" = "media"."id" AND r."path" IN ('photos', 'descriptionImages')
                 AND d."_status" = 'published' AND d."deleted_at" IS NULL));`)
}

/** Each rich-text column, the rels table its images go to, and the relationship's path there. */
const RICH_TEXT_IMAGES = [
  ['articles', 'body', 'articles_rels', 'bodyImages'],
  ['_articles_v', 'version_body', '_articles_v_rels', 'version.bodyImages'],
  ['projects', 'description', 'projects_rels', 'descriptionImages'],
  ['_projects_v', 'version_description', '_projects_v_rels', 'version.descriptionImages'],
] as const

/**
 * The media of every upload node of the column, in reading order without repeats, as rels rows.
 * A node's value is an id (a number, or a string) or a populated image; images deleted since are
 * left out, as the field's hook does. Fixed identifiers only: nothing here comes from input.
 */
const backfillImages = (table: string, column: string, rels: string, path: string) => `
  INSERT INTO "${rels}" ("order", "parent_id", "path", "media_id")
  SELECT row_number() OVER (PARTITION BY d."id" ORDER BY min(n.ord)), d."id", '${path}', m."id"
  FROM "${table}" d
  CROSS JOIN LATERAL jsonb_path_query(
    d."${column}", 'strict $.** ? (@.type == "upload" && @.relationTo == "media").value'
  ) WITH ORDINALITY AS n(value, ord)
  JOIN "media" m ON m."id"::text = (CASE WHEN jsonb_typeof(n.value) = 'object' THEN n.value ->> 'id' ELSE n.value #>> '{}' END)
  WHERE NOT EXISTS (SELECT 1 FROM "${rels}" r WHERE r."parent_id" = d."id" AND r."path" = '${path}')
  GROUP BY d."id", m."id";`

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // An editor's choice to make an image public would be lost: refuse while any image has it.
  const { rows } = await db.execute(sql`SELECT count(*) AS "public" FROM "media" WHERE "public"`)
  if (Number(rows[0]?.public) > 0) {
    throw new Error(`${rows[0]?.public} image(s) are marked public; untick them before migrating down.`)
  }
  // The mirrored images and the usage flag are derived from the documents, which stay: dropping
  // them loses nothing.
  await db.execute(sql`
   DELETE FROM "articles_rels" WHERE "path" = 'bodyImages';
  DELETE FROM "_articles_v_rels" WHERE "path" = 'version.bodyImages';
  DELETE FROM "projects_rels" WHERE "path" = 'descriptionImages';
  DELETE FROM "_projects_v_rels" WHERE "path" = 'version.descriptionImages';
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_media_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_media_fk";
  
  DROP INDEX "articles_rels_media_id_idx";
  DROP INDEX "_articles_v_rels_media_id_idx";
  ALTER TABLE "articles_rels" DROP COLUMN "media_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "media_id";
  ALTER TABLE "media" DROP COLUMN "public";
  ALTER TABLE "media" DROP COLUMN "used_by_published";`)
}
