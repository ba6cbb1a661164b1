/**
 * The origins whose pages may use the login cookie (Payload's CSRF allow-list) and read the API
 * from a browser (CORS): the site's own address. With SERVER_URL set, that address only; without
 * it, the local server under both names a developer types.
 */
export function allowedOrigins(env: Record<string, string | undefined> = process.env): string[] {
  if (env.SERVER_URL) return [new URL(env.SERVER_URL).origin]
  const port = env.PORT || '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}
