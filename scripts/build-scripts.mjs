/**
 * Compiles the command-line entry points (and the processes they start) from TypeScript into
 * plain ESM under .build/, with dependencies left as imports. Plain JavaScript on Node's own
 * module loader starts faster and more predictably than a TypeScript loader hook, and compiling
 * takes a fraction of a second. `scripts/run.mjs` builds and then runs one entry point.
 */
import { build } from 'esbuild'
import fs from 'node:fs/promises'
import path from 'node:path'

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

/**
 * Several processes compile at once (a dev server starting while the tests' setup prepares its
 * site, each test project's setup): a file written in place can be read half-written by another
 * process that is starting from it. So each output is written beside its place and renamed over
 * it (atomic on one file system), and an unchanged file is not written at all.
 */
async function writeAtomically(file, contents) {
  const current = await fs.readFile(file).catch(() => null)
  if (current && Buffer.compare(current, contents) === 0) return
  await fs.mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await fs.writeFile(temporary, contents)
  await fs.rename(temporary, file)
}

export async function buildScripts() {
  const { outputFiles } = await build({
    write: false,
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
  await Promise.all(outputFiles.map((output) => writeAtomically(output.path, output.contents)))
}
