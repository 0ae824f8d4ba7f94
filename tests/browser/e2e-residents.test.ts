// A resident on a cheap phone (360×780) finds an organisation, trusts it and reaches it (issue 16).
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mapMarkers, openSite, type SiteUnderTest } from '../support/browser.ts';
import { demo } from '../support/demo.ts';
import { distanceKm } from '../../site/scripts/near.ts';

interface DemoOrganisation {
  slug: string;
  name: string;
  published: boolean;
  phone?: string | null;
  socialLinks?: { platform: string; url: string }[];
  address: { latitude: number; longitude: number } | null;
}
/** A published organisation with a WhatsApp link, an address and recurring activities. */
const reachable = (demo.organisations as DemoOrganisation[]).find(
  (o) =>
    o.published &&
    o.address &&
    o.socialLinks?.some((s) => s.platform === 'whatsapp') &&
    demo.activities.some((a: { organisation: string; recurrence?: string | null }) => a.organisation === o.slug && a.recurrence?.startsWith('FREQ=WEEKLY')),
)!;

const PHONE = { width: 360, height: 780 };

let site: SiteUnderTest;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage({ viewport: PHONE });
}, 300_000);

afterAll(async () => {
  await site?.close();
});

/** Whether the whole of `selector`'s first match lies inside the viewport. */
function inViewport(target: Page, selector: string) {
  return target
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });
}

/** Waits for the search the last action started to show its count. */
async function searched(target: Page) {
  await target.waitForFunction(() => {
    const status = document.getElementById('zoekstatus')?.textContent ?? '';
    const messages = JSON.parse(document.getElementById('zoeken')!.dataset.messages!);
    return status !== '' && status !== messages.loading && document.querySelectorAll('#resultaten > li').length > 0;
  });
}

describe('search on a phone', () => {
  it('"Turkse vrouwen Overvecht": the count and the first result come into view, and the card says why it matched', async () => {
    await page.goto(`${site.url}/`);
    await page.fill('#q', 'Turkse vrouwen Overvecht');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await searched(page);
    expect(await page.locator('#resultaten-kop').textContent()).toMatch(/^\d+ organisaties? gevonden$/);
    expect(await inViewport(page, '#resultaten-kop'), 'the count is in view').toBe(true);
    // The first result's name and the start of its card are in view (a card can be taller than the screen).
    expect(await inViewport(page, '#resultaten > li h3'), 'the first result is in view').toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus moved to the count').toBe('resultaten-kop');

    const first = page.locator('#resultaten > li').first();
    const languages = first.locator('.card-facts div', { hasText: 'Talen' });
    const groups = first.locator('.card-facts div', { hasText: 'Voor wie' });
    expect(await languages.textContent()).toContain('Turks');
    expect(await groups.textContent()).toContain('Vrouwen');
    // The values the search matched are marked.
    expect(await languages.locator('mark').allTextContents()).toContain('Turks');
    expect(await groups.locator('mark').allTextContents()).toContain('Vrouwen');
    expect(await first.locator('.card-facts div', { hasText: 'Actief in' }).locator('mark').allTextContents()).toContain('Overvecht');
    // An organisation without a logo gets its initials.
    expect(await first.locator('.org-card__mark, .org-card__logo').count()).toBe(1);
  });

  it('folds the filters into "Filters (n)" and brings the results into view after a filter change', async () => {
    await page.goto(`${site.url}/`);
    const toggle = page.locator('details.filters > summary');
    expect(await toggle.textContent()).toMatch(/^\s*Filters\s*$/);
    expect(await page.locator('#filter-wijk').isVisible(), 'the filters are folded').toBe(false);
    await toggle.click();
    await page.selectOption('#filter-wijk', { label: 'Overvecht' });
    await searched(page);
    expect((await toggle.textContent())?.replace(/\s+/g, ' ').trim()).toBe('Filters (1)');
    expect(await inViewport(page, '#resultaten-kop')).toBe(true);
    expect(await inViewport(page, '#resultaten > li h3')).toBe(true);
  });

  it('puts the map one tap away: "Kaart" shows the map with the results, "Lijst" the list again', async () => {
    await page.goto(`${site.url}/`);
    expect(await page.locator('#kaart').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Kaart', exact: true }).click();
    expect(await page.locator('#kaart').isVisible()).toBe(true);
    expect(await page.locator('#resultaten').isVisible()).toBe(false);
    const markers = await mapMarkers(page, 37);
    expect(markers.reported).toBeGreaterThan(0);
    expect(markers.drawn).toBe(markers.reported);
    expect(await page.getByRole('button', { name: 'Kaart', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    expect(await page.locator('#resultaten').isVisible()).toBe(true);
  });

  it('keeps list and map side by side on a wide screen, without the switch', async () => {
    const wide = await site.newPage();
    await wide.goto(`${site.url}/`);
    expect(await wide.locator('.view-switch').isVisible()).toBe(false);
    expect(await wide.locator('#kaart').isVisible()).toBe(true);
    expect(await wide.locator('#filter-wijk').isVisible(), 'the filters are open on a wide screen').toBe(true);
  });
});

describe('reaching an organisation from its page on a phone', () => {
  it('offers WhatsApp, phone, route, when it meets, sharing and "Zet in je agenda" per activity', async () => {
    expect(reachable, 'the demo data has an organisation with WhatsApp, an address and weekly activities').toBeDefined();
    const context = await site.browser.newContext({ viewport: PHONE, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const origin = new URL(site.url).origin;
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const profile = await context.newPage();
    await profile.goto(`${site.url}/organisaties/${reachable.slug}/`);
    const reach = profile.locator('section.reach');
    const whatsapp = reach.getByRole('link', { name: 'Stuur een WhatsApp-bericht' });
    expect(await whatsapp.getAttribute('href')).toBe(reachable.socialLinks!.find((s) => s.platform === 'whatsapp')!.url);
    if (reachable.phone) expect(await reach.getByRole('link', { name: `Bel ${reachable.phone}` }).getAttribute('href')).toMatch(/^tel:\+?\d+$/);
    const route = new URL((await reach.getByRole('link', { name: /^Route naar het adres/ }).getAttribute('href'))!);
    expect(route.host).toBe('www.openstreetmap.org');
    expect(decodeURIComponent(route.search)).toContain(`${reachable.address!.latitude},${reachable.address!.longitude}`);
    const meetings = await reach.locator('.meetings li').allTextContents();
    expect(
      meetings.some((m) => /^\s*Elke \w+dag, \d\d:\d\d/.test(m)),
      meetings.join(' | '),
    ).toBe(true);
    // Without a share sheet (desktop Chromium has none here), the button copies the page's address.
    await reach.getByRole('button', { name: 'Deel deze pagina' }).click();
    await profile.waitForFunction(() => document.querySelector('.share__status')?.textContent);
    expect(await profile.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/organisaties/${reachable.slug}/`);

    const add = profile.locator('.activity__add a').first();
    expect((await add.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(/^Zet in je agenda: /);
    const ics = await (await profile.request.get(new URL((await add.getAttribute('href'))!, site.url).href)).text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    await context.close();
  });
});

describe('near me on a phone', () => {
  it('sorts the organisations by distance from a (fake) location, asked for only on a tap', async () => {
    const here: [number, number] = [52.1046, 5.1164]; // Overvecht-ish
    const context = await site.browser.newContext({
      viewport: PHONE,
      locale: 'nl-NL',
      geolocation: { latitude: here[0], longitude: here[1] },
      permissions: [],
    });
    const origin = new URL(site.url).origin;
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      return new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient');
    });
    const near = await context.newPage();
    let asked = 0;
    await near.exposeFunction('__asked', () => asked++);
    await near.addInitScript(() => {
      const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
      navigator.geolocation.getCurrentPosition = (...args) => {
        (window as unknown as { __asked(): void }).__asked();
        return original(...args);
      };
    });
    await near.goto(`${site.url}/`);
    expect(asked, 'nothing asks for the location before the tap').toBe(0);
    await context.grantPermissions(['geolocation'], { origin });
    await near.getByRole('button', { name: 'Dicht bij mij' }).click();
    await searched(near);
    expect(asked).toBe(1);
    const slugs = (await near.locator('#resultaten > li h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).map(
      (path) => /\/organisaties\/([^/]+)\/$/.exec(path)![1],
    );
    const published = (demo.organisations as DemoOrganisation[]).filter((o) => o.published && o.address);
    const km = (o: DemoOrganisation) => distanceKm(here, [o.address!.latitude, o.address!.longitude]);
    const nearest = published
      .toSorted((a, b) => km(a) - km(b))
      .slice(0, 3)
      .map((o) => o.slug);
    expect(slugs.slice(0, 3)).toEqual(nearest);
    // Nearest first all the way down the first page.
    const shown = slugs.map((slug) => km(published.find((o) => o.slug === slug)!));
    expect(shown).toEqual(shown.toSorted((a, b) => a - b));
    expect(await near.locator('#resultaten > li').first().locator('.distance').textContent()).toMatch(/^\d+(,\d)? k?m/);
    // The location went nowhere: no request carries it.
    expect(requests.filter((url) => url.includes(String(here[0])) || url.includes('5.1164'))).toEqual([]);
    expect(new URL(near.url()).search).toBe('');
    await context.close();
  });

  it('without a location falls back to choosing a wijk, and says so', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
    const origin = new URL(site.url).origin;
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
    const near = await context.newPage();
    await near.goto(`${site.url}/`);
    await near.getByRole('button', { name: 'Dicht bij mij' }).click();
    await near.waitForFunction(() => document.activeElement?.id === 'filter-wijk');
    expect(await near.locator('.near__status').textContent()).toMatch(/wijk/);
    expect(await near.locator('#filter-wijk').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the agenda on a phone', () => {
  it('"Dit weekend" shows only Saturday and Sunday, in the address too; day headings', async () => {
    const agenda = await site.newPage({ viewport: PHONE });
    await agenda.clock.setFixedTime(new Date('2026-11-30T10:00:00+01:00'));
    await agenda.goto(`${site.url}/agenda/`);
    expect(await agenda.locator('.agenda-day h3').count()).toBeGreaterThan(3);
    await agenda.getByRole('link', { name: 'Dit weekend' }).click();
    await agenda.waitForURL(/wanneer=weekend/);
    const days = await agenda.locator('.agenda-day:not([hidden])').evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.day!));
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect([6, 0], day).toContain(new Date(`${day}T12:00:00Z`).getUTCDay());
    expect(await agenda.locator('.activity:not([hidden])').count()).toBeGreaterThan(0);
    expect(await agenda.locator('#agenda-status').textContent()).toMatch(/^\d+ activiteiten$/);
    // The address keeps the choice: reloading shows the same.
    await agenda.reload();
    expect(await agenda.locator('.agenda-day:not([hidden])').evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.day!))).toEqual(days);
    // The intro says what the page shows.
    expect(await agenda.locator('.lead').textContent()).toContain('deze week');
  });
});

describe('rooms on a phone', () => {
  it('offers the social tariff as one choice, explained, and refuses a capacity of -5 naming the field', async () => {
    const rooms = await site.newPage({ viewport: PHONE });
    await rooms.goto(`${site.url}/ruimtes/`);
    const options = await rooms.locator('#room-tariff option').allTextContents();
    expect(options).toContain('Maatschappelijk tarief (0 % of 35 %)');
    expect(await rooms.locator('#room-tariff + .utrecht-form-field-description, #room-tariff ~ .utrecht-form-field-description').textContent()).toMatch(
      /0 %.*35 %/,
    );
    const all = await rooms.locator('.room').count();
    await rooms.selectOption('#room-tariff', { label: 'Maatschappelijk tarief (0 % of 35 %)' });
    const social = await rooms.locator('.room:not([hidden])').evaluateAll((r) => r.map((x) => (x as HTMLElement).dataset.tariff));
    expect(social.length).toBeGreaterThan(0);
    expect(social.length).toBeLessThan(all);
    expect(new Set(social)).toEqual(new Set(['tarief-0', 'tarief-35'].filter((t) => social.includes(t))));
    expect(new URL(rooms.url()).searchParams.get('tariff')).toBe('maatschappelijk');

    await rooms.fill('#room-capacity', '-5');
    const error = rooms.locator('#room-capacity-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Minimaal aantal personen: vul een heel getal in van 1 tot 2.000.');
    expect(await rooms.getAttribute('#room-capacity', 'aria-invalid')).toBe('true');
    await rooms.fill('#room-capacity', '20');
    expect(await error.isVisible()).toBe(false);
    // The form's own button (H32) applies the filters and takes the focus to the count.
    await rooms.getByRole('button', { name: 'Toon ruimtes' }).click();
    expect(await rooms.evaluate(() => document.activeElement?.id)).toBe('room-status');
  });
});

describe('near me on the agenda and the rooms list', () => {
  const here: [number, number] = [52.0675, 5.0825]; // Kanaleneiland-ish, Zuidwest
  type Place = { address?: { latitude?: number | null; longitude?: number | null } | null };
  const km = (place: Place | undefined) =>
    place?.address?.latitude != null && place.address.longitude != null ? distanceKm(here, [place.address.latitude, place.address.longitude]) : Infinity;
  // Where rooms and activities are as the CMS publishes them (an address the CMS keeps private is no place to sort by).
  type Room = Place & { documentId: string; name: string; locale: string };
  type Activity = Place & { documentId: string; locale: string; room?: { documentId: string } | null };
  const published = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')).collections as { room: Room[]; activity: Activity[] };
  const rooms = published.room.filter((r) => r.locale === 'nl');
  const activities = published.activity.filter((a) => a.locale === 'nl');

  /** A phone with a fake location that the page may read, asked for only on the tap. */
  async function phoneAt(path: string) {
    const context = await site.browser.newContext({ viewport: PHONE, locale: 'nl-NL', geolocation: { latitude: here[0], longitude: here[1] } });
    const origin = new URL(site.url).origin;
    await context.grantPermissions(['geolocation'], { origin });
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
    const near = await context.newPage();
    await near.clock.setFixedTime(new Date('2026-11-30T10:00:00+01:00'));
    await near.goto(`${site.url}${path}`);
    return { context, near };
  }

  it('sorts the rooms nearest first, says how far each is, and keeps the filters working', async () => {
    const { context, near } = await phoneAt('/ruimtes/');
    const before = await near.locator('.room h3').allTextContents();
    await near.getByRole('button', { name: 'Dicht bij mij' }).click();
    await near.locator('.near__status', { hasText: 'De ruimtes staan nu op afstand' }).waitFor();
    const names = await near.locator('.room h3').allTextContents();
    expect(names.toSorted()).toEqual(before.toSorted());
    const distances = names.map((name) => km(rooms.find((r) => r.name === name)));
    expect(distances).toEqual(distances.toSorted((a, b) => a - b));
    expect(names).not.toEqual(before);
    expect(await near.locator('.room').first().locator('.distance').textContent()).toMatch(/^ · \d+(,\d)? k?m van je af$/);
    // The filters still work on the sorted list, and the order stays.
    await near.selectOption('#room-tariff', { label: 'Maatschappelijk tarief (0 % of 35 %)' });
    const social = await near.locator('.room:not([hidden]) h3').allTextContents();
    expect(social.length).toBeGreaterThan(0);
    expect(social).toEqual(names.filter((name) => social.includes(name)));
    await context.close();
  });

  it('sorts each day of the agenda nearest first, the day headings staying in date order', async () => {
    const { context, near } = await phoneAt('/agenda/');
    const daysBefore = await near.locator('.agenda-day').evaluateAll((days) => days.map((d) => (d as HTMLElement).dataset.day));
    await near.getByRole('button', { name: 'Dicht bij mij' }).click();
    await near.locator('.near__status', { hasText: 'De activiteiten van elke dag staan nu op afstand' }).waitFor();
    expect(await near.locator('.agenda-day').evaluateAll((days) => days.map((d) => (d as HTMLElement).dataset.day))).toEqual(daysBefore);
    // Which activity an item is: its "Zet in je agenda" file is named by the activity's documentId.
    const place = (calendarFile: string) => {
      const activity = activities.find((a) => calendarFile.endsWith(`/${a.documentId}.ics`))!;
      const room = rooms.find((r) => r.documentId === activity.room?.documentId);
      return km(room?.address?.latitude != null ? room : activity);
    };
    let sortedDays = 0;
    for (const day of await near.locator('.agenda-day').all()) {
      const files = await day.locator('.activity a[href$=".ics"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(files).toHaveLength(await day.locator('.activity').count());
      const distances = files.map(place);
      expect(distances, (await day.locator('h3').textContent()) ?? '').toEqual(distances.toSorted((a, b) => a - b));
      if (new Set(distances).size > 1) sortedDays++;
    }
    expect(sortedDays).toBeGreaterThan(0);
    expect(await near.locator('.activity .distance').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('without a location opens the agenda’s wijk filter, and says so', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
    const origin = new URL(site.url).origin;
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
    const near = await context.newPage();
    await near.goto(`${site.url}/agenda/`);
    await near.getByRole('button', { name: 'Dicht bij mij' }).click();
    await near.waitForFunction(() => document.activeElement?.id === 'agenda-wijk');
    expect(await near.locator('.near__status').textContent()).toMatch(/wijk/);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the search form says searching needs JavaScript, links to the lists, and a search sent anyway pretends nothing', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const origin = new URL(site.url).origin;
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
    const plain = await context.newPage();
    await plain.goto(`${site.url}/`);
    const notice = plain.locator('#zoeken .notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('JavaScript');
    for (const href of ['/organisaties/', '/wijken/', '/themas/']) expect(await notice.locator(`a[href="${href}"]`).count(), href).toBe(1);

    await plain.fill('#q', 'Turks');
    await Promise.all([plain.waitForURL(/\/zoeken\/\?q=Turks/), plain.press('#q', 'Enter')]);
    expect(await plain.locator('h1').textContent()).toBe('Zoeken werkt alleen met JavaScript');
    expect(await plain.locator('main').textContent()).not.toMatch(/gevonden/);
    for (const href of ['/organisaties/', '/wijken/', '/themas/']) expect(await plain.locator(`main a[href="${href}"]`).count(), href).toBe(1);
    await context.close();
  });

  it('with JavaScript, the no-JavaScript search page offers the same search on the home page', async () => {
    await page.goto(`${site.url}/zoeken/?q=Turks`);
    await Promise.all([page.waitForURL(`${site.url}/?q=Turks`), page.getByRole('link', { name: 'Zoek op de beginpagina' }).click()]);
    await searched(page);
    expect(await page.inputValue('#q')).toBe('Turks');
  });
});
