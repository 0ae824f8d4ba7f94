// Screenshots of the built public site in one language at phone width, to look at how a language (right to left
// for Arabic) renders:
//
//   node scripts/screenshots-languages.mjs [--site dist/site] [--locale ar] [--width 360] [--out .data/screenshots]
//
// Serves the build on a free port and takes full-page PNGs of the home page, an organisation page and the agenda.
// Chromium: whichever tooling/chromium.ts finds. Nothing else is started; the site must be built already.
import { mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tooling/chromium.ts';
import { freePort } from '../tooling/net.ts';
import { ROOT } from '../tooling/paths.ts';
import { serveSite } from '../tooling/serve-site.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist/site' },
    locale: { type: 'string', default: 'ar' },
    width: { type: 'string', default: '360' },
    out: { type: 'string', default: '.data/screenshots' },
    organisation: { type: 'string' },
  },
});
const dir = realpathSync(resolve(ROOT, values.site));
const out = resolve(ROOT, values.out);
mkdirSync(out, { recursive: true });
const prefix = values.locale === 'nl' ? '' : `/${values.locale}`;
const organisation = values.organisation ?? readdirSync(join(dir, 'organisaties'), { withFileTypes: true }).find((e) => e.isDirectory())?.name;
const pages = { home: `${prefix}/`, organisation: `${prefix}/organisaties/${organisation}/`, agenda: `${prefix}/agenda/` };

const { server, url } = await serveSite({ dir, port: await freePort() });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: Number(values.width), height: 740 }, deviceScaleFactor: 1 });
  // Off-site requests (map tiles) are refused: the screenshots show the site's own rendering.
  await context.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
    const file = join(out, `${values.locale}-${values.width}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    // The full page, and the same in screen-high slices (a phone page is too tall to look at whole).
    const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
    for (let y = 0, i = 1; y < height; y += 740, i++)
      await page.screenshot({ path: file.replace(/\.png$/, `-${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(740, height - y) } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    // What sticks out, when something does.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > document.documentElement.clientWidth + 0.5 || r.left < -0.5);
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`),
    );
    console.log(`${file}  ${path}  horizontal overflow: ${overflow}px ${wide.join(' | ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
