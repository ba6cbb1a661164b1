/**
 * Compiles the command-line entry points (and the processes they start) from TypeScript into
 * plain ESM under .build/, with dependencies left as imports. Plain JavaScript on Node's own
 * module loader starts faster and more predictably than a TypeScript loader hook, and compiling
 * takes a fraction of a second. `scripts/run.mjs` builds and then runs one entry point.
 */
import { build } from 'esbuild'

export const ENTRY_POINTS = [
  'scripts/build.ts',
  'scripts/dev.ts',
  'scripts/start.ts',
  'scripts/seed.ts',
  'scripts/payload.ts',
  'src/db/postgresProcess.ts',
  'tests/int/helpers/migrateTemplate.ts',
  'scripts/prepareSite.ts',
  'bench/run.ts',
  'bench/rawSqlServer.ts',
]

export const compiledPath = (entry) => `.build/${entry.replace(/\.ts$/, '.js')}`

export async function buildScripts() {
  await build({
    entryPoints: ENTRY_POINTS,
    outdir: '.build',
    outbase: '.',
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    sourcemap: 'inline',
    logLevel: 'warning',
    // Next's subpath modules have no "exports" map, so Node's ESM loader needs their file name.
    alias: { 'next/cache': 'next/cache.js', 'next/headers': 'next/headers.js', 'next/server': 'next/server.js' },
  })
}
