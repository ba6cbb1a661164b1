/**
 * The connection string, read when Payload connects rather than when the config loads: the launch
 * scripts (npm run dev, npm start, npm run seed) start the embedded PostgreSQL first and set it.
 */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start an embedded PostgreSQL, or set DATABASE_URL.',
    )
  }
  return url
}
