import { siteTags } from '../../src/site/cacheTags'
import { postSiteRevalidation } from '../../src/site/revalidation/notifySite'

/**
 * Once the server listens:
 * - ask Payload once, so it starts (and with it the jobs queue that publishes scheduled
 *   documents) even if nobody opens the site;
 * - expire the site's whole cache, so no page rendered earlier (by `next build`, possibly against
 *   another database, or before a restart) outlives this start.
 */
export async function warmUp(port: string, timeoutMs = 180_000): Promise<void> {
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const answered = await fetch(`${origin}/api/users/me`)
      .then((response) => response.status < 500)
      .catch(() => false)
    if (answered) {
      const status = await postSiteRevalidation(origin, [siteTags.everything]).catch(() => 0)
      if (status !== 204) console.warn(`could not refresh the site's cache after start (answer ${status})`)
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  console.warn(
    `the server on port ${port} did not answer within ${timeoutMs / 1000} s; scheduled publishing starts with the first request`,
  )
}
