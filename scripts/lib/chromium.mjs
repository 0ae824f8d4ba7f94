import { chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); `npx playwright install` cannot work here. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** What headless Chromium needs on these machines, and no calls home. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Launches headless Chromium for tests, screenshots and the benchmark; `args` are added to the usual ones. */
export function launchChromium({ args = [] } = {}) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...args] });
}
