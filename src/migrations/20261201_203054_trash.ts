import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_reviews_action" ADD VALUE 'trash';
  ALTER TYPE "public"."enum_reviews_action" ADD VALUE 'restore';
  ALTER TYPE "public"."enum_reviews_action" ADD VALUE 'delete';
  ALTER TABLE "articles" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "projects" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_projects_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "honors" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_honors_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  CREATE INDEX "articles_deleted_at_idx" ON "articles" USING btree ("deleted_at");
  CREATE INDEX "_articles_v_version_version_deleted_at_idx" ON "_articles_v" USING btree ("version_deleted_at");
  CREATE INDEX "projects_deleted_at_idx" ON "projects" USING btree ("deleted_at");
  CREATE INDEX "_projects_v_version_version_deleted_at_idx" ON "_projects_v" USING btree ("version_deleted_at");
  CREATE INDEX "honors_deleted_at_idx" ON "honors" USING btree ("deleted_at");
  CREATE INDEX "_honors_v_version_version_deleted_at_idx" ON "_honors_v" USING btree ("version_deleted_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Dropping deleted_at would bring every trashed document back, to readers too: refuse while the
  // trash holds any (empty or restore it first).
  const { rows } = await db.execute(sql`
   SELECT (SELECT count(*) FROM "articles" WHERE "deleted_at" IS NOT NULL)
        + (SELECT count(*) FROM "projects" WHERE "deleted_at" IS NOT NULL)
        + (SELECT count(*) FROM "honors" WHERE "deleted_at" IS NOT NULL) AS "trashed"`)
  if (Number(rows[0]?.trashed) > 0) {
    throw new Error(`${rows[0]?.trashed} document(s) are in the trash; restore or delete them before migrating down.`)
  }
  // The review log is append-only and keeps its trash/restore/delete entries, so the action type
  // keeps those values (PostgreSQL cannot drop an enum value that rows still use).
  await db.execute(sql`
   DROP INDEX "articles_deleted_at_idx";
  DROP INDEX "_articles_v_version_version_deleted_at_idx";
  DROP INDEX "projects_deleted_at_idx";
  DROP INDEX "_projects_v_version_version_deleted_at_idx";
  DROP INDEX "honors_deleted_at_idx";
  DROP INDEX "_honors_v_version_version_deleted_at_idx";
  ALTER TABLE "articles" DROP COLUMN "deleted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "projects" DROP COLUMN "deleted_at";
  ALTER TABLE "_projects_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "honors" DROP COLUMN "deleted_at";
  ALTER TABLE "_honors_v" DROP COLUMN "version_deleted_at";`)
}
