import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "projects" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_projects_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "honors" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_honors_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "honors" ADD CONSTRAINT "honors_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_honors_v" ADD CONSTRAINT "_honors_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_last_edited_by_idx" ON "articles" USING btree ("last_edited_by_id");
  CREATE INDEX "_articles_v_version_version_last_edited_by_idx" ON "_articles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "projects_last_edited_by_idx" ON "projects" USING btree ("last_edited_by_id");
  CREATE INDEX "_projects_v_version_version_last_edited_by_idx" ON "_projects_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "honors_last_edited_by_idx" ON "honors" USING btree ("last_edited_by_id");
  CREATE INDEX "_honors_v_version_version_last_edited_by_idx" ON "_honors_v" USING btree ("version_last_edited_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "projects" DROP CONSTRAINT "projects_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_projects_v" DROP CONSTRAINT "_projects_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "honors" DROP CONSTRAINT "honors_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_honors_v" DROP CONSTRAINT "_honors_v_version_last_edited_by_id_users_id_fk";
  
  DROP INDEX "articles_last_edited_by_idx";
  DROP INDEX "_articles_v_version_version_last_edited_by_idx";
  DROP INDEX "_articles_v_autosave_idx";
  DROP INDEX "projects_last_edited_by_idx";
  DROP INDEX "_projects_v_version_version_last_edited_by_idx";
  DROP INDEX "honors_last_edited_by_idx";
  DROP INDEX "_honors_v_version_version_last_edited_by_idx";
  ALTER TABLE "articles" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "autosave";
  ALTER TABLE "projects" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_projects_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "honors" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_honors_v" DROP COLUMN "version_last_edited_by_id";`)
}
