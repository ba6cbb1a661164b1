import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'

/**
 * Debian's Chromium (`apt-get install chromium`); the project never downloads a browser.
 * CHROMIUM_PATH overrides the location.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Signs in on the admin's login screen in `page`, as a person would, and waits for the dashboard. */
export async function signInToAdmin(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${inject('siteUrl')}/admin/login`)
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
}
