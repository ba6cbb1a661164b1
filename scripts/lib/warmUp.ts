/**
 * Payload starts inside the Next server on its first API request, and with it the jobs queue that
 * publishes scheduled documents. Ask once as soon as the server listens, so scheduled publishing
 * works even if nobody opens the site.
 */
export async function warmUp(port: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const answered = await fetch(`http://127.0.0.1:${port}/api/users/me`)
      .then((response) => response.status < 500)
      .catch(() => false)
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  console.warn(
    `the server on port ${port} did not answer within ${timeoutMs / 1000} s; scheduled publishing starts with the first request`,
  )
}
