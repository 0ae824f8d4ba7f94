// The suite brings its own browser: with no CHROME_PATH and no Debian Chromium, the headless Chromium
// from the npm package @sparticuz/chromium renders pages and prints PDFs (tooling/chromium.ts).
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from '../../tooling/chromium.ts';
import { pdfPlainText, readPdf } from '../support/pdf.ts';

const NO_DEBIAN = { chromePath: '', debian: '/nonexistent/chromium' };

describe('the browser the suite drives', () => {
  let browser: Browser | undefined;
  afterAll(() => browser?.close());

  it('is the one CI expects (MZO_EXPECT_CHROMIUM: npm when .ci/run hides Debian’s)', async () => {
    const expected = process.env.MZO_EXPECT_CHROMIUM;
    if (expected) expect((await findChromium()).source).toBe(expected);
  });

  it('comes from npm when the machine has none, and renders, runs scripts and prints a PDF', async () => {
    expect((await findChromium(NO_DEBIAN)).source).toBe('npm');
    browser = await launchChromium(NO_DEBIAN);
    const page = await browser.newPage();
    await page.setContent(
      '<main><h1>Buurthuis De Kans</h1><p id="p"></p></main><script>document.getElementById("p").textContent = "Open op dinsdag";</script>',
    );
    expect(await page.textContent('#p')).toBe('Open op dinsdag');
    // Text is drawn with real glyphs (fonts come along), so it is in the PDF and can be read back.
    const text = pdfPlainText(await readPdf(await page.pdf({ format: 'A4' })));
    expect(text).toContain('Buurthuis De Kans');
    expect(text).toContain('Open op dinsdag');
  });

  it('prefers CHROME_PATH, then Debian’s Chromium when it is there', async () => {
    expect(await findChromium({ chromePath: '/opt/chrome/chrome' })).toMatchObject({ path: '/opt/chrome/chrome', source: 'CHROME_PATH' });
    expect(await findChromium({ chromePath: '', debian: process.execPath })).toMatchObject({ path: process.execPath, source: 'debian' });
  });
});
