import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
  '@': path.resolve(import.meta.dirname, 'src'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          // One PostgreSQL for the run; every test file gets its own database copied from a migrated template.
          globalSetup: ['tests/int/helpers/globalSetup.ts'],
          pool: 'forks',
          // Tests run the jobs queue themselves, when they mean to.
          env: { PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'silent', PAYLOAD_DISABLE_JOB_AUTORUN: '1' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          environment: 'node',
          // The int project's infrastructure: one PostgreSQL for the run, a fresh database per file.
          globalSetup: ['tests/int/helpers/globalSetup.ts'],
          pool: 'forks',
          env: { PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'silent', PAYLOAD_DISABLE_JOB_AUTORUN: '1' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // A production build of the site on a database of its own, shared by the files in turn.
          globalSetup: ['tests/e2e/helpers/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          // The setup builds the app (about 70 s here, more on a busy machine).
          hookTimeout: 600_000,
        },
      },
      {
        resolve: { alias },
        // Not part of `npm test`: `npm run test:faults` (and .ci/run) runs it on its own.
        test: {
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/faults/helpers/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
