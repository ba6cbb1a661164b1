import { chromium, type Browser } from 'playwright-core'

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
