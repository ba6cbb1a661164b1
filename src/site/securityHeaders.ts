/**
 * Security headers, applied by next.config.ts. The site's pages get a Content-Security-Policy;
 * the admin and the API keep Payload's own behaviour (the admin needs inline styles and scripts
 * of its own), but every response gets nosniff, a referrer policy and a frame restriction.
 *
 * Why 'unsafe-inline' for scripts: Next streams each page's data as inline <script> tags, and the
 * site's pages are cached whole (one HTML for every reader), so a per-request nonce is impossible.
 * Rich text never renders raw HTML and links are filtered (safeHref.ts), so no reader or editor
 * input reaches a script context; the policy still blocks every other origin, plugins, <base>
 * hijacking, foreign form targets and framing by other sites.
 */
export function sitePolicy(development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The admin (same origin) shows drafts in a live-preview frame; nobody else may frame the site.
    "frame-ancestors 'self'",
  ].join('; ')
}

export const everyResponseHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
]

/** Paths of the public site: everything but the admin and the API. */
export const SITE_ROUTES = '/((?!admin|api).*)'
