import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_topics_value_idx" ON "articles_topics" USING btree ("value");
  CREATE INDEX "_articles_v_version_topics_value_idx" ON "_articles_v_version_topics" USING btree ("value");
  CREATE INDEX "projects_categories_value_idx" ON "projects_categories" USING btree ("value");
  CREATE INDEX "_projects_v_version_categories_value_idx" ON "_projects_v_version_categories" USING btree ("value");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_topics_value_idx";
  DROP INDEX "_articles_v_version_topics_value_idx";
  DROP INDEX "projects_categories_value_idx";
  DROP INDEX "_projects_v_version_categories_value_idx";`)
}
