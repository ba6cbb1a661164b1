import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_workflows_stages_roles" AS ENUM('first_reviewer', 'second_reviewer', 'final_reviewer');
  CREATE TYPE "public"."enum_workflows_collection" AS ENUM('articles', 'projects', 'honors');
  CREATE TYPE "public"."enum__workflows_v_version_stages_roles" AS ENUM('first_reviewer', 'second_reviewer', 'final_reviewer');
  CREATE TYPE "public"."enum__workflows_v_version_collection" AS ENUM('articles', 'projects', 'honors');
  ALTER TYPE "public"."enum_reviews_action" ADD VALUE 'sign_off' BEFORE 'publish';
  ALTER TYPE "public"."enum_reviews_action" ADD VALUE 'reassign' BEFORE 'trash';
  CREATE TABLE "workflows_stages_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_workflows_stages_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "workflows_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"comment_required" boolean,
  	"release" boolean,
  	"printed_as" varchar
  );
  
  CREATE TABLE "workflows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_workflows_collection" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_workflows_v_version_stages_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__workflows_v_version_stages_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_workflows_v_version_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"comment_required" boolean,
  	"release" boolean,
  	"printed_as" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_workflows_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_collection" "enum__workflows_v_version_collection" NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  -- The one-gate reviewer keeps every power it had under the roles it maps to: every stage.
  INSERT INTO "users_roles" ("order", "parent_id", "value")
    SELECT r."order" * 10 + k.n, r."parent_id", k.role
    FROM "users_roles" r
    CROSS JOIN (VALUES (1, 'first_reviewer'), (2, 'second_reviewer'), (3, 'final_reviewer')) AS k(n, role)
    WHERE r."value" = 'reviewer'
      AND NOT EXISTS (SELECT 1 FROM "users_roles" o WHERE o."parent_id" = r."parent_id" AND o."value" = k.role);
  DELETE FROM "users_roles" WHERE "value" = 'reviewer';
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'first_reviewer', 'second_reviewer', 'final_reviewer');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "articles" ADD COLUMN "review_stage" jsonb;
  ALTER TABLE "articles" ADD COLUMN "sign_off" jsonb;
  ALTER TABLE "articles" ADD COLUMN "stage_assignee_id" integer;
  ALTER TABLE "articles" ADD COLUMN "printed_credits" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_stage" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_sign_off" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_stage_assignee_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_printed_credits" jsonb;
  ALTER TABLE "projects" ADD COLUMN "review_stage" jsonb;
  ALTER TABLE "projects" ADD COLUMN "sign_off" jsonb;
  ALTER TABLE "projects" ADD COLUMN "stage_assignee_id" integer;
  ALTER TABLE "projects" ADD COLUMN "printed_credits" jsonb;
  ALTER TABLE "_projects_v" ADD COLUMN "version_review_stage" jsonb;
  ALTER TABLE "_projects_v" ADD COLUMN "version_sign_off" jsonb;
  ALTER TABLE "_projects_v" ADD COLUMN "version_stage_assignee_id" integer;
  ALTER TABLE "_projects_v" ADD COLUMN "version_printed_credits" jsonb;
  ALTER TABLE "honors" ADD COLUMN "review_stage" jsonb;
  ALTER TABLE "honors" ADD COLUMN "sign_off" jsonb;
  ALTER TABLE "honors" ADD COLUMN "stage_assignee_id" integer;
  ALTER TABLE "honors" ADD COLUMN "printed_credits" jsonb;
  ALTER TABLE "_honors_v" ADD COLUMN "version_review_stage" jsonb;
  ALTER TABLE "_honors_v" ADD COLUMN "version_sign_off" jsonb;
  ALTER TABLE "_honors_v" ADD COLUMN "version_stage_assignee_id" integer;
  ALTER TABLE "_honors_v" ADD COLUMN "version_printed_credits" jsonb;
  ALTER TABLE "users" ADD COLUMN "real_name" varchar;
  ALTER TABLE "reviews" ADD COLUMN "stage" varchar;
  ALTER TABLE "reviews" ADD COLUMN "stage_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflows_id" integer;
  ALTER TABLE "workflows_stages_roles" ADD CONSTRAINT "workflows_stages_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_stages" ADD CONSTRAINT "workflows_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_version_stages_roles" ADD CONSTRAINT "_workflows_v_version_stages_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workflows_v_version_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_version_stages" ADD CONSTRAINT "_workflows_v_version_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workflows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v" ADD CONSTRAINT "_workflows_v_parent_id_workflows_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "workflows_stages_roles_order_idx" ON "workflows_stages_roles" USING btree ("order");
  CREATE INDEX "workflows_stages_roles_parent_idx" ON "workflows_stages_roles" USING btree ("parent_id");
  CREATE INDEX "workflows_stages_order_idx" ON "workflows_stages" USING btree ("_order");
  CREATE INDEX "workflows_stages_parent_id_idx" ON "workflows_stages" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "workflows_collection_idx" ON "workflows" USING btree ("collection");
  CREATE INDEX "workflows_updated_at_idx" ON "workflows" USING btree ("updated_at");
  CREATE INDEX "workflows_created_at_idx" ON "workflows" USING btree ("created_at");
  CREATE INDEX "_workflows_v_version_stages_roles_order_idx" ON "_workflows_v_version_stages_roles" USING btree ("order");
  CREATE INDEX "_workflows_v_version_stages_roles_parent_idx" ON "_workflows_v_version_stages_roles" USING btree ("parent_id");
  CREATE INDEX "_workflows_v_version_stages_order_idx" ON "_workflows_v_version_stages" USING btree ("_order");
  CREATE INDEX "_workflows_v_version_stages_parent_id_idx" ON "_workflows_v_version_stages" USING btree ("_parent_id");
  CREATE INDEX "_workflows_v_parent_idx" ON "_workflows_v" USING btree ("parent_id");
  CREATE INDEX "_workflows_v_version_version_collection_idx" ON "_workflows_v" USING btree ("version_collection");
  CREATE INDEX "_workflows_v_version_version_updated_at_idx" ON "_workflows_v" USING btree ("version_updated_at");
  CREATE INDEX "_workflows_v_version_version_created_at_idx" ON "_workflows_v" USING btree ("version_created_at");
  CREATE INDEX "_workflows_v_created_at_idx" ON "_workflows_v" USING btree ("created_at");
  CREATE INDEX "_workflows_v_updated_at_idx" ON "_workflows_v" USING btree ("updated_at");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_stage_assignee_id_users_id_fk" FOREIGN KEY ("stage_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_stage_assignee_id_users_id_fk" FOREIGN KEY ("version_stage_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_stage_assignee_id_users_id_fk" FOREIGN KEY ("stage_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_stage_assignee_id_users_id_fk" FOREIGN KEY ("version_stage_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "honors" ADD CONSTRAINT "honors_stage_assignee_id_users_id_fk" FOREIGN KEY ("stage_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_honors_v" ADD CONSTRAINT "_honors_v_version_stage_assignee_id_users_id_fk" FOREIGN KEY ("version_stage_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflows_fk" FOREIGN KEY ("workflows_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_stage_assignee_idx" ON "articles" USING btree ("stage_assignee_id");
  CREATE INDEX "_articles_v_version_version_stage_assignee_idx" ON "_articles_v" USING btree ("version_stage_assignee_id");
  CREATE INDEX "projects_stage_assignee_idx" ON "projects" USING btree ("stage_assignee_id");
  CREATE INDEX "_projects_v_version_version_stage_assignee_idx" ON "_projects_v" USING btree ("version_stage_assignee_id");
  CREATE INDEX "honors_stage_assignee_idx" ON "honors" USING btree ("stage_assignee_id");
  CREATE INDEX "_honors_v_version_version_stage_assignee_idx" ON "_honors_v" USING btree ("version_stage_assignee_id");
  CREATE INDEX "reviews_stage_key_idx" ON "reviews" USING btree ("stage_key");
  CREATE INDEX "payload_locked_documents_rels_workflows_id_idx" ON "payload_locked_documents_rels" USING btree ("workflows_id");`)
  await createDefaultWorkflows(db)
  await placeDocumentsAtStages(db)
}

/**
 * The stages shipped with the column (src/workflow/stages/defaultWorkflows.ts as of this
 * migration, copied so that later changes to the defaults never change what this migration did):
 * 三审 for articles, 初审 → 终审 for projects and honors. The row ids are the stage keys.
 */
const STAGES = {
  articles: [
    { key: 'articles-first', zh: '初审', en: 'First review', role: 'first_reviewer', release: false, printedAs: '责任编辑' },
    { key: 'articles-second', zh: '复审', en: 'Second review', role: 'second_reviewer', release: false, printedAs: '' },
    { key: 'articles-final', zh: '终审', en: 'Final review', role: 'final_reviewer', release: true, printedAs: '签发' },
  ],
  projects: [
    { key: 'projects-first', zh: '初审', en: 'First review', role: 'first_reviewer', release: false, printedAs: '' },
    { key: 'projects-final', zh: '终审', en: 'Final review', role: 'final_reviewer', release: true, printedAs: '' },
  ],
  honors: [
    { key: 'honors-first', zh: '初审', en: 'First review', role: 'first_reviewer', release: false, printedAs: '' },
    { key: 'honors-final', zh: '终审', en: 'Final review', role: 'final_reviewer', release: true, printedAs: '' },
  ],
} as const

type Db = MigrateUpArgs['db']

async function createDefaultWorkflows(db: Db) {
  for (const [collection, stages] of Object.entries(STAGES)) {
    const { rows } = await db.execute(
      sql`INSERT INTO "workflows" ("collection") VALUES (${collection}::"enum_workflows_collection") RETURNING "id"`,
    )
    const workflowId = Number(rows[0]?.id)
    for (const [order, stage] of stages.entries()) {
      await db.execute(sql`
        INSERT INTO "workflows_stages" ("_order", "_parent_id", "id", "name", "name_en", "comment_required", "release", "printed_as")
        VALUES (${order + 1}, ${workflowId}, ${stage.key}, ${stage.zh}, ${stage.en}, false, ${stage.release}, ${stage.printedAs})`)
      await db.execute(sql`
        INSERT INTO "workflows_stages_roles" ("order", "parent_id", "value")
        VALUES (1, ${stage.key}, ${stage.role}::"enum_workflows_stages_roles")`)
    }
  }
}

/** A stage as a version records it (src/workflow/stages/position.ts, StageSnapshot). */
const snapshot = (stage: (typeof STAGES)[keyof typeof STAGES][number], index: number) =>
  JSON.stringify({
    key: stage.key,
    name: { zh: stage.zh, en: stage.en },
    roles: [stage.role],
    commentRequired: false,
    release: stage.release,
    printedAs: stage.printedAs,
    index,
  })

/**
 * Documents in review enter the first stage; approved and scheduled ones wait at the release stage
 * (the reviewer's approval stands; the release stage's people publish them). Nothing published
 * changes: only the review position is added, in the live rows and in the newest versions. The time
 * a document entered its stage is when it was last saved.
 */
async function placeDocumentsAtStages(db: Db) {
  for (const [collection, stages] of Object.entries(STAGES)) {
    const first = snapshot(stages[0], 0)
    const release = snapshot(stages[stages.length - 1], stages.length - 1)
    const place = (table: string, prefix: string, states: string, stage: string, where = '') =>
      db.execute(
        sql.raw(`
          UPDATE "${table}" SET "${prefix}review_stage" =
            jsonb_set('${stage}'::jsonb, '{enteredAt}', to_jsonb(to_char("updated_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
          WHERE "${prefix}workflow_status"::text IN (${states}) ${where}`),
      )
    for (const [table, prefix, where] of [
      [collection, '', ''],
      [`_${collection}_v`, 'version_', 'AND "latest"'],
    ] as const) {
      await place(table, prefix, `'in_review'`, first, where)
      await place(table, prefix, `'approved', 'scheduled'`, release, where)
    }
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The one-gate log has no words for these steps: refuse rather than lose them.
  const { rows } = await db.execute(
    sql`SELECT count(*) AS "steps" FROM "reviews" WHERE "action"::text IN ('sign_off', 'reassign')`,
  )
  if (Number(rows[0]?.steps) > 0) {
    throw new Error(`${rows[0]?.steps} review log entries are 签发 or 改派 steps; the one-gate workflow cannot record them.`)
  }
  await db.execute(sql`
   ALTER TABLE "workflows_stages_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workflows_v_version_stages_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workflows_v_version_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workflows_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "workflows_stages_roles" CASCADE;
  DROP TABLE "workflows_stages" CASCADE;
  DROP TABLE "workflows" CASCADE;
  DROP TABLE "_workflows_v_version_stages_roles" CASCADE;
  DROP TABLE "_workflows_v_version_stages" CASCADE;
  DROP TABLE "_workflows_v" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_stage_assignee_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_stage_assignee_id_users_id_fk";
  
  ALTER TABLE "projects" DROP CONSTRAINT "projects_stage_assignee_id_users_id_fk";
  
  ALTER TABLE "_projects_v" DROP CONSTRAINT "_projects_v_version_stage_assignee_id_users_id_fk";
  
  ALTER TABLE "honors" DROP CONSTRAINT "honors_stage_assignee_id_users_id_fk";
  
  ALTER TABLE "_honors_v" DROP CONSTRAINT "_honors_v_version_stage_assignee_id_users_id_fk";
  
  -- Gone already with "workflows" (DROP TABLE … CASCADE drops the foreign keys that point at it).
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_workflows_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  -- Any stage role was a reviewer's power in the one-gate workflow.
  INSERT INTO "users_roles" ("order", "parent_id", "value")
    SELECT min(r."order"), r."parent_id", 'reviewer' FROM "users_roles" r
    WHERE r."value" IN ('first_reviewer', 'second_reviewer', 'final_reviewer') GROUP BY r."parent_id";
  DELETE FROM "users_roles" WHERE "value" IN ('first_reviewer', 'second_reviewer', 'final_reviewer');
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "reviews" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_reviews_action";
  CREATE TYPE "public"."enum_reviews_action" AS ENUM('submit', 'withdraw', 'approve', 'request_changes', 'publish', 'unpublish', 'cancel_schedule', 'trash', 'restore', 'delete');
  ALTER TABLE "reviews" ALTER COLUMN "action" SET DATA TYPE "public"."enum_reviews_action" USING "action"::"public"."enum_reviews_action";
  DROP INDEX "articles_stage_assignee_idx";
  DROP INDEX "_articles_v_version_version_stage_assignee_idx";
  DROP INDEX "projects_stage_assignee_idx";
  DROP INDEX "_projects_v_version_version_stage_assignee_idx";
  DROP INDEX "honors_stage_assignee_idx";
  DROP INDEX "_honors_v_version_version_stage_assignee_idx";
  DROP INDEX "reviews_stage_key_idx";
  DROP INDEX "payload_locked_documents_rels_workflows_id_idx";
  ALTER TABLE "articles" DROP COLUMN "review_stage";
  ALTER TABLE "articles" DROP COLUMN "sign_off";
  ALTER TABLE "articles" DROP COLUMN "stage_assignee_id";
  ALTER TABLE "articles" DROP COLUMN "printed_credits";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_stage";
  ALTER TABLE "_articles_v" DROP COLUMN "version_sign_off";
  ALTER TABLE "_articles_v" DROP COLUMN "version_stage_assignee_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_printed_credits";
  ALTER TABLE "projects" DROP COLUMN "review_stage";
  ALTER TABLE "projects" DROP COLUMN "sign_off";
  ALTER TABLE "projects" DROP COLUMN "stage_assignee_id";
  ALTER TABLE "projects" DROP COLUMN "printed_credits";
  ALTER TABLE "_projects_v" DROP COLUMN "version_review_stage";
  ALTER TABLE "_projects_v" DROP COLUMN "version_sign_off";
  ALTER TABLE "_projects_v" DROP COLUMN "version_stage_assignee_id";
  ALTER TABLE "_projects_v" DROP COLUMN "version_printed_credits";
  ALTER TABLE "honors" DROP COLUMN "review_stage";
  ALTER TABLE "honors" DROP COLUMN "sign_off";
  ALTER TABLE "honors" DROP COLUMN "stage_assignee_id";
  ALTER TABLE "honors" DROP COLUMN "printed_credits";
  ALTER TABLE "_honors_v" DROP COLUMN "version_review_stage";
  ALTER TABLE "_honors_v" DROP COLUMN "version_sign_off";
  ALTER TABLE "_honors_v" DROP COLUMN "version_stage_assignee_id";
  ALTER TABLE "_honors_v" DROP COLUMN "version_printed_credits";
  ALTER TABLE "users" DROP COLUMN "real_name";
  ALTER TABLE "reviews" DROP COLUMN "stage";
  ALTER TABLE "reviews" DROP COLUMN "stage_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflows_id";
  DROP TYPE "public"."enum_workflows_stages_roles";
  DROP TYPE "public"."enum_workflows_collection";
  DROP TYPE "public"."enum__workflows_v_version_stages_roles";
  DROP TYPE "public"."enum__workflows_v_version_collection";`)
}
