import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_workflow_status" AS ENUM('draft', 'in_review', 'approved', 'published', 'changes_requested', 'scheduled', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_workflow_status" AS ENUM('draft', 'in_review', 'approved', 'published', 'changes_requested', 'scheduled', 'archived');
  CREATE TYPE "public"."enum_projects_workflow_status" AS ENUM('draft', 'in_review', 'approved', 'published', 'changes_requested', 'scheduled', 'archived');
  CREATE TYPE "public"."enum__projects_v_version_workflow_status" AS ENUM('draft', 'in_review', 'approved', 'published', 'changes_requested', 'scheduled', 'archived');
  CREATE TYPE "public"."enum_honors_workflow_status" AS ENUM('draft', 'in_review', 'approved', 'published', 'changes_requested', 'scheduled', 'archived');
  CREATE TYPE "public"."enum__honors_v_version_workflow_status" AS ENUM('draft', 'in_review', 'approved', 'published', 'changes_requested', 'scheduled', 'archived');
  CREATE TYPE "public"."enum_reviews_document_collection" AS ENUM('articles', 'projects', 'honors');
  CREATE TYPE "public"."enum_reviews_action" AS ENUM('submit', 'withdraw', 'approve', 'request_changes', 'publish', 'unpublish', 'cancel_schedule');
  CREATE TYPE "public"."enum_reviews_from_state" AS ENUM('draft', 'in_review', 'approved', 'published', 'changes_requested', 'scheduled', 'archived');
  CREATE TYPE "public"."enum_reviews_to_state" AS ENUM('draft', 'in_review', 'approved', 'published', 'changes_requested', 'scheduled', 'archived');
  CREATE TABLE "honors_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_honors_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_collection" "enum_reviews_document_collection" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"action" "enum_reviews_action" NOT NULL,
  	"from" "enum_reviews_from_state" NOT NULL,
  	"to" "enum_reviews_to_state" NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar NOT NULL,
  	"comment" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"version_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "workflow_status" "enum_articles_workflow_status" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "articles_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_status" "enum__articles_v_version_workflow_status" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "projects" ADD COLUMN "workflow_status" "enum_projects_workflow_status" DEFAULT 'draft';
  ALTER TABLE "projects" ADD COLUMN "scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "projects_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_projects_v" ADD COLUMN "version_workflow_status" "enum__projects_v_version_workflow_status" DEFAULT 'draft';
  ALTER TABLE "_projects_v" ADD COLUMN "version_scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "_projects_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "honors" ADD COLUMN "workflow_status" "enum_honors_workflow_status" DEFAULT 'draft';
  ALTER TABLE "honors" ADD COLUMN "scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "_honors_v" ADD COLUMN "version_workflow_status" "enum__honors_v_version_workflow_status" DEFAULT 'draft';
  ALTER TABLE "_honors_v" ADD COLUMN "version_scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reviews_id" integer;
  ALTER TABLE "honors_rels" ADD CONSTRAINT "honors_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."honors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "honors_rels" ADD CONSTRAINT "honors_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_honors_v_rels" ADD CONSTRAINT "_honors_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_honors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_honors_v_rels" ADD CONSTRAINT "_honors_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "honors_rels_order_idx" ON "honors_rels" USING btree ("order");
  CREATE INDEX "honors_rels_parent_idx" ON "honors_rels" USING btree ("parent_id");
  CREATE INDEX "honors_rels_path_idx" ON "honors_rels" USING btree ("path");
  CREATE INDEX "honors_rels_users_id_idx" ON "honors_rels" USING btree ("users_id");
  CREATE INDEX "_honors_v_rels_order_idx" ON "_honors_v_rels" USING btree ("order");
  CREATE INDEX "_honors_v_rels_parent_idx" ON "_honors_v_rels" USING btree ("parent_id");
  CREATE INDEX "_honors_v_rels_path_idx" ON "_honors_v_rels" USING btree ("path");
  CREATE INDEX "_honors_v_rels_users_id_idx" ON "_honors_v_rels" USING btree ("users_id");
  CREATE INDEX "reviews_document_collection_idx" ON "reviews" USING btree ("document_collection");
  CREATE INDEX "reviews_document_id_idx" ON "reviews" USING btree ("document_id");
  CREATE INDEX "reviews_actor_idx" ON "reviews" USING btree ("actor_id");
  CREATE INDEX "reviews_updated_at_idx" ON "reviews" USING btree ("updated_at");
  CREATE INDEX "reviews_created_at_idx" ON "reviews" USING btree ("created_at");
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_rels" ADD CONSTRAINT "_projects_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reviews_fk" FOREIGN KEY ("reviews_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_workflow_status_idx" ON "articles" USING btree ("workflow_status");
  CREATE INDEX "articles_scheduled_for_idx" ON "articles" USING btree ("scheduled_for");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_version_version_workflow_status_idx" ON "_articles_v" USING btree ("version_workflow_status");
  CREATE INDEX "_articles_v_version_version_scheduled_for_idx" ON "_articles_v" USING btree ("version_scheduled_for");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "projects_workflow_status_idx" ON "projects" USING btree ("workflow_status");
  CREATE INDEX "projects_scheduled_for_idx" ON "projects" USING btree ("scheduled_for");
  CREATE INDEX "projects_rels_users_id_idx" ON "projects_rels" USING btree ("users_id");
  CREATE INDEX "_projects_v_version_version_workflow_status_idx" ON "_projects_v" USING btree ("version_workflow_status");
  CREATE INDEX "_projects_v_version_version_scheduled_for_idx" ON "_projects_v" USING btree ("version_scheduled_for");
  CREATE INDEX "_projects_v_rels_users_id_idx" ON "_projects_v_rels" USING btree ("users_id");
  CREATE INDEX "honors_workflow_status_idx" ON "honors" USING btree ("workflow_status");
  CREATE INDEX "honors_scheduled_for_idx" ON "honors" USING btree ("scheduled_for");
  CREATE INDEX "_honors_v_version_version_workflow_status_idx" ON "_honors_v" USING btree ("version_workflow_status");
  CREATE INDEX "_honors_v_version_version_scheduled_for_idx" ON "_honors_v" USING btree ("version_scheduled_for");
  CREATE INDEX "payload_locked_documents_rels_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("reviews_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "honors_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_honors_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reviews" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "honors_rels" CASCADE;
  DROP TABLE "_honors_v_rels" CASCADE;
  DROP TABLE "reviews" CASCADE;
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_users_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_users_fk";
  
  ALTER TABLE "projects_rels" DROP CONSTRAINT "projects_rels_users_fk";
  
  ALTER TABLE "_projects_v_rels" DROP CONSTRAINT "_projects_v_rels_users_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reviews_fk";
  
  DROP INDEX "articles_workflow_status_idx";
  DROP INDEX "articles_scheduled_for_idx";
  DROP INDEX "articles_rels_users_id_idx";
  DROP INDEX "_articles_v_version_version_workflow_status_idx";
  DROP INDEX "_articles_v_version_version_scheduled_for_idx";
  DROP INDEX "_articles_v_rels_users_id_idx";
  DROP INDEX "projects_workflow_status_idx";
  DROP INDEX "projects_scheduled_for_idx";
  DROP INDEX "projects_rels_users_id_idx";
  DROP INDEX "_projects_v_version_version_workflow_status_idx";
  DROP INDEX "_projects_v_version_version_scheduled_for_idx";
  DROP INDEX "_projects_v_rels_users_id_idx";
  DROP INDEX "honors_workflow_status_idx";
  DROP INDEX "honors_scheduled_for_idx";
  DROP INDEX "_honors_v_version_version_workflow_status_idx";
  DROP INDEX "_honors_v_version_version_scheduled_for_idx";
  DROP INDEX "payload_locked_documents_rels_reviews_id_idx";
  ALTER TABLE "articles" DROP COLUMN "workflow_status";
  ALTER TABLE "articles" DROP COLUMN "scheduled_for";
  ALTER TABLE "articles_rels" DROP COLUMN "users_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_status";
  ALTER TABLE "_articles_v" DROP COLUMN "version_scheduled_for";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "projects" DROP COLUMN "workflow_status";
  ALTER TABLE "projects" DROP COLUMN "scheduled_for";
  ALTER TABLE "projects_rels" DROP COLUMN "users_id";
  ALTER TABLE "_projects_v" DROP COLUMN "version_workflow_status";
  ALTER TABLE "_projects_v" DROP COLUMN "version_scheduled_for";
  ALTER TABLE "_projects_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "honors" DROP COLUMN "workflow_status";
  ALTER TABLE "honors" DROP COLUMN "scheduled_for";
  ALTER TABLE "_honors_v" DROP COLUMN "version_workflow_status";
  ALTER TABLE "_honors_v" DROP COLUMN "version_scheduled_for";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reviews_id";
  DROP TYPE "public"."enum_articles_workflow_status";
  DROP TYPE "public"."enum__articles_v_version_workflow_status";
  DROP TYPE "public"."enum_projects_workflow_status";
  DROP TYPE "public"."enum__projects_v_version_workflow_status";
  DROP TYPE "public"."enum_honors_workflow_status";
  DROP TYPE "public"."enum__honors_v_version_workflow_status";
  DROP TYPE "public"."enum_reviews_document_collection";
  DROP TYPE "public"."enum_reviews_action";
  DROP TYPE "public"."enum_reviews_from_state";
  DROP TYPE "public"."enum_reviews_to_state";`)
}
