import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { buildConfig, type CollectionConfig, type GlobalConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './src/collections/Articles'
import { Honors } from './src/collections/Honors'
import { Media } from './src/collections/Media'
import { trackMediaUse } from './src/collections/Media/liveUse/trackMediaUse'
import { Notifications } from './src/collections/Notifications'
import { Projects } from './src/collections/Projects'
import { Reviews } from './src/collections/Reviews'
import { Users } from './src/collections/Users'
import { Workflows } from './src/collections/Workflows'
import { Column } from './src/globals/Column'
import { answerBadInput } from './src/api/answerBadInput'
import { guardFieldTypes } from './src/api/guardFieldTypes'
import { withQueryGuard } from './src/api/withQueryGuard'
import { allowedOrigins } from './src/config/allowedOrigins'
import { sameOriginLoginCookie } from './src/auth/payload/sameOriginLoginCookie'
import { hardenInternalCollections } from './src/config/hardenInternalCollections'
import { oneStatusColumn } from './src/config/oneStatusColumn'
import { withAdminDateFormats } from './src/config/withAdminDateFormats'
import { databaseUrl } from './src/config/databaseUrl'
import { postgresPoolOptions, transactionWatchdogLimits } from './src/db/poolSettings'
import { withPoolErrorsLogged } from './src/db/withPoolErrorsLogged'
import { withReportedCommitFailures } from './src/db/withReportedCommitFailures'
import { payloadSecret } from './src/config/payloadSecret'
import { emailAdapter } from './src/email/emailAdapter'
import { answerDatabaseContention } from './src/errors/answerDatabaseContention'
import { answerDatabaseUnavailable } from './src/errors/answerDatabaseUnavailable'
import { maxQueryDepth } from './src/graphql/maxQueryDepth'
import { ADMIN_DATE_FORMATS } from './src/i18n/adminDates'
import { trashTranslations } from './src/i18n/trashTranslations'
import { guardRichText } from './src/lexical/guardRichText'
import { checkCollectionLocks, checkGlobalLock } from './src/locks/checkLocksInTransaction'
import { livePreview } from './src/site/previewUrl'
import { withReaderVisibility } from './src/visibility/payload/withReaderVisibility'
import { publishScheduledTask, WORKFLOW_QUEUE } from './src/workflow/payload/publishScheduledTask'

const root = process.cwd()
/** Deep enough for an article with its projects' photos and their sizes; deeper only multiplies work. */
const MAX_GRAPHQL_DEPTH = 10

/**
 * Checks every collection applies before Payload acts: to what API clients send, and the document
 * lock, checked inside the operation's transaction (see checkLocksInTransaction.ts).
 */
const withInputGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      guardFieldTypes,
      guardRichText,
      checkCollectionLocks,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})

const withGlobalLockCheck = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, beforeOperation: [checkGlobalLock, ...(global.hooks?.beforeOperation ?? [])] },
})

export default buildConfig({
  serverURL: process.env.SERVER_URL || undefined,
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · 穿越喜马拉雅的守望' },
    // 2026年12月1日 17:57 in lists and document headers; date fields follow their picker (withAdminDateFormats).
    dateFormat: ADMIN_DATE_FORMATS.dateTime,
    // The user's initial, drawn in the page: Payload's default asks Gravatar, which an intranet cannot reach.
    avatar: { Component: '@/account/admin/InitialsAvatar#InitialsAvatar' },
    importMap: { baseDir: path.resolve(root, 'src') },
    components: { beforeDashboard: ['@/workflow/admin/ReviewQueue#ReviewQueue'] },
    livePreview,
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    translations: trashTranslations,
  },
  collections: [Articles, Projects, Honors, Media, Users, Reviews, Notifications, Workflows]
    .map(withInputGuards)
    // Readers see nothing of an unpublished document through a published one (relations, links, filters).
    .map(withReaderVisibility)
    // An image is public while a live document uses it: kept in the documents' own transactions.
    .map(trackMediaUse)
    .map((collection) => withAdminDateFormats(collection)),
  globals: [Column].map(withGlobalLockCheck).map((global) => withAdminDateFormats(global)),
  editor: lexicalEditor(),
  db: withReportedCommitFailures(
    withPoolErrorsLogged(
      postgresAdapter({
        pool: {
          get connectionString() {
            return databaseUrl()
          },
          ...postgresPoolOptions(),
        },
        // Schema changes go through committed migrations everywhere, so dev and production never diverge.
        push: false,
        migrationDir: path.resolve(root, 'src/migrations'),
      }),
    ),
    transactionWatchdogLimits(),
  ),
  sharp,
  email: emailAdapter,
  jobs: {
    tasks: [publishScheduledTask],
    // The server runs its own queue: scheduled documents go live without a separate worker.
    autoRun: [{ cron: '*/15 * * * * *', queue: WORKFLOW_QUEUE }],
    shouldAutoRun: () => process.env.PAYLOAD_DISABLE_JOB_AUTORUN !== '1',
    // Shown in the admin so a failed scheduled publication is visible, not silent.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      // Payload's job records name no picker on their instants (when a task ran, when it ended).
      ...withAdminDateFormats(defaultJobsCollection, { unspecified: 'dayAndTime' }),
      admin: { ...defaultJobsCollection.admin, hidden: false, group: { zh: '审稿', en: 'Review' } },
    }),
    access: { run: ({ req }) => Boolean(req.user?.roles?.includes('admin')) },
  },
  typescript: { outputFile: path.resolve(root, 'src/payload-types.ts') },
  graphQL: {
    maxComplexity: 1000,
    validationRules: () => [maxQueryDepth(MAX_GRAPHQL_DEPTH)],
    disablePlaygroundInProduction: true,
  },
  maxDepth: 5,
  // The login cookie counts only on requests from the site's own pages (a foreign page's request is anonymous):
  // Payload checks Origin against this list; sameOriginLoginCookie also refuses same-site requests without one.
  csrf: allowedOrigins(),
  onInit: sameOriginLoginCookie,
  cors: allowedOrigins(),
  // Errors answered for people: input that reached PostgreSQL is a 400; a database that is away
  // (restart, failover) is a 503 with a message, not a 500; so is a write that waited too long,
  // and one that lost a race PostgreSQL had to break (deadlock) is a 409.
  hooks: { afterError: [answerBadInput, answerDatabaseUnavailable, answerDatabaseContention] },
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  // Tests set PAYLOAD_LOG_LEVEL=silent: they assert on answers, and expected 4xx errors would drown the output.
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL || 'info' } },
  telemetry: false,
  // Payload's own lock and preference collections exist only after sanitizing: hardened here;
  // so does its draft status, kept out of the lists beside the review state; and every collection,
  // Payload's own included, has its query arguments checked by one guard (withQueryGuard).
}).then((config) => withQueryGuard(oneStatusColumn(hardenInternalCollections(config))))
