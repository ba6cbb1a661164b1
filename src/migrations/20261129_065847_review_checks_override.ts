import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reviews" ADD COLUMN "check_errors" numeric;
  ALTER TABLE "reviews" ADD COLUMN "checks_overridden" boolean DEFAULT false;
  ALTER TABLE "reviews" ADD COLUMN "override_reason" varchar;
  CREATE INDEX "reviews_checks_overridden_idx" ON "reviews" USING btree ("checks_overridden");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "reviews_checks_overridden_idx";
  ALTER TABLE "reviews" DROP COLUMN "check_errors";
  ALTER TABLE "reviews" DROP COLUMN "checks_overridden";
  ALTER TABLE "reviews" DROP COLUMN "override_reason";`)
}
