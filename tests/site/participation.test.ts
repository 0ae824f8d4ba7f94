import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { allFiles } from '../support/files.ts';
import { found } from '../support/found.ts';

const siteDir = inject('siteDir');
const page = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
const published = demo.organisations.filter((o: any) => o.published);
const bySlug = new Map(demo.organisations.map((o: any) => [o.slug, o]));
const themeName = new Map(demo.themes.map((t: any) => [t.slug, t.name.nl]));
const escapeHtml = (s: string) => s.replaceAll('&', '&amp;');
const sensitive = new Set(demo.themes.filter((t: any) => t.sensitive).map((t: any) => t.slug));
/** From the seed: may this consultation name this organisation in public (published, agreed, the sensitive-theme rule)? */
const nameable = (c: any, slug: string) => {
  const o = bySlug.get(slug) as any;
  return Boolean(o?.published && o.namedInConsultations && c.themes.every((t: string) => !sensitive.has(t) || o.themes.includes(t)));
};

describe('the consultation list builder', () => {
  it('lists exactly the published organisations that opted in, with their public mailbox', () => {
    const html = page('raadplegen');
    const rows = [...html.matchAll(/<tr class="consult-row"[^>]*data-name="([^"]*)"[^>]*data-email="([^"]*)"/g)].map((m) => m[1]);
    const optedIn = published.filter((o: any) => o.consultationOptIn);
    expect(rows.sort()).toEqual(optedIn.map((o: any) => escapeHtml(o.name)).sort());
    for (const o of optedIn) expect(html).toContain(`mailto:${o.email}`);
    for (const o of published.filter((x: any) => !x.consultationOptIn)) expect(html).not.toContain(`/organisaties/${o.slug}/`);
  });

  it('never lists an organisation as wanting to talk about a sensitive theme it keeps hidden', () => {
    const html = page('raadplegen');
    for (const o of published.filter((x: any) => x.consultationOptIn)) {
      const row = new RegExp(`<tr class="consult-row" data-thema="([^"]*)"[^>]*data-name="${escapeHtml(o.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).exec(
        html,
      );
      for (const hidden of o.hiddenThemes) expect(row?.[1].split(' ') ?? []).not.toContain(hidden);
    }
  });

  it('says "1 organisatie" for one, never "via via", and links to what was done with earlier input', () => {
    const html = page('raadplegen');
    expect(html).not.toContain('1 organisaties');
    expect(html).not.toMatch(/via via/i);
    expect(html).toContain('href="/inbreng/"');
    for (const filter of ['thema', 'wijk', 'doelgroep', 'gemeenschap', 'taal']) expect(html).toContain(`name="${filter}"`);
  });
});

describe('the consultation log', () => {
  const consultations = demo.consultations.filter((c: any) => c.published);

  it('lists all outcomes newest first on "Wat is er met onze inbreng gedaan?"', () => {
    const html = page('inbreng');
    const withOutcome = consultations.filter((c: any) => c.outcomeSummary).sort((a: any, b: any) => b.outcomeDate.localeCompare(a.outcomeDate));
    expect(withOutcome.length).toBeGreaterThan(1);
    const positions = withOutcome.map((c: any) => html.indexOf(escapeHtml(c.title.nl)));
    expect(positions.every((p: number) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows "uitkomst nog niet gedeeld" for a consultation past its date without an outcome', () => {
    const html = page('inbreng');
    const pending = found(
      consultations.find((c: any) => !c.outcomeSummary && c.date < '2026-11-30'),
      'a past consultation without an outcome',
    );
    const item = html.slice(html.indexOf(escapeHtml(pending.title.nl)));
    expect(item.slice(0, 600)).toContain('Uitkomst nog niet gedeeld');
  });

  it('lists on an organisation page the consultations it took part in, with their outcomes', () => {
    const c = found(
      consultations.find((x: any) => x.outcomeSummary && x.participants.some((p: string) => nameable(x, p))),
      'a consultation with an outcome and a participant that agreed to be named',
    );
    const html = page(`organisaties/${c.participants.find((p: string) => nameable(c, p))}`);
    expect(html).toContain(escapeHtml(c.title.nl));
    expect(html).toContain(escapeHtml(found(c.outcomeSummary, 'the outcome').nl).slice(0, 40));
  });

  it('lists a theme’s consultations on its theme page', () => {
    const c = found(
      consultations.find((x: any) => x.themes.length && !demo.themes.find((t) => t.slug === x.themes[0])?.sensitive),
      'a consultation on a theme that is not sensitive',
    );
    expect(page(`themas/${c.themes[0]}`)).toContain(escapeHtml(c.title.nl));
  });

  it('is the public record: filters by theme, wijk and year, and every published consultation has its entry', () => {
    const html = page('inbreng');
    for (const name of ['thema', 'wijk', 'jaar']) expect(html).toContain(`name="${name}"`);
    for (const c of consultations) {
      expect(html, c.slug).toContain(`id="${c.slug}"`);
      expect(html).toContain(`<option value="${c.date.slice(0, 4)}">`);
    }
  });

  it('names the published organisations that took part and agreed to be named, each linking to its page', () => {
    const c = found(
      consultations.find((x: any) => x.participants.some((p: string) => nameable(x, p)) && !x.themes.some((t: string) => sensitive.has(t))),
      'a consultation on an ordinary theme with a participant that agreed to be named',
    );
    const html = page('inbreng');
    const item = html.slice(html.indexOf(`id="${c.slug}"`), html.indexOf('</li>', html.indexOf(`id="${c.slug}"`)));
    expect(item).toContain('Deden mee:');
    for (const slug of c.participants.filter((p: string) => nameable(c, p))) expect(item).toContain(`href="/organisaties/${slug}/"`);
  });

  it('never names an organisation that took part without agreeing: not on /inbreng/, not on its own page, not in open data', () => {
    const withheld = consultations.flatMap((c: any) =>
      c.participants.filter((p: string) => (bySlug.get(p) as any)?.published && !nameable(c, p)).map((p: string) => ({ c, p })),
    );
    expect(withheld.length, 'participants in the seed that did not agree').toBeGreaterThan(0);
    const record = page('inbreng');
    const hsds = JSON.parse(readFileSync(join(siteDir, 'open-data', 'hsds.json'), 'utf8'));
    const organisationId = new Map(hsds.mzo_organisation_profiles.map((r: any) => [r.slug, r.organization_id]));
    const consultationId = new Map(hsds.mzo_consultations.map((r: any) => [r.slug, r.id]));
    for (const { c, p } of withheld) {
      const start = record.indexOf(`id="${c.slug}"`);
      const item = record.slice(start, record.indexOf('</li>', start));
      expect(item, `${c.slug} names ${p}`).not.toContain(`href="/organisaties/${p}/"`);
      expect(page(`organisaties/${p}`), `${p}'s page lists ${c.slug}`).not.toContain(`href="/inbreng/#${c.slug}"`);
      const pair = hsds.mzo_consultation_participants.filter(
        (r: any) => r.consultation_id === consultationId.get(c.slug) && r.organization_id === organisationId.get(p),
      );
      expect(pair, `open data pairs ${c.slug} with ${p}`).toEqual([]);
    }
  });

  it('says when the outcome of a past consultation was due', () => {
    const pending = found(
      consultations.find((c: any) => !c.outcomeSummary && c.date < '2026-11-30'),
      'a past consultation without an outcome',
    );
    const html = page('inbreng');
    const item = html.slice(html.indexOf(`id="${pending.slug}"`)).slice(0, 1500);
    expect(item).toContain('Uitkomst nog niet gedeeld');
    expect(item).toMatch(/verwacht vanaf \d{1,2} \w+ \d{4}/);
  });

  it('links the record from /raadplegen/, theme pages, wijk pages and every participating organisation’s page', () => {
    expect(page('raadplegen')).toContain('href="/inbreng/"');
    const c = found(
      consultations.find((x: any) => x.wijken.length && x.participants.some((p: string) => nameable(x, p))),
      'a consultation in a wijk with a participant that agreed to be named',
    );
    expect(page(`wijken/${c.wijken[0]}`)).toContain(`href="/inbreng/?wijk=${c.wijken[0]}"`);
    expect(page(`wijken/${c.wijken[0]}`)).toContain(`href="/inbreng/#${c.slug}"`);
    const themed = found(
      consultations.find((x: any) => x.themes.length && !demo.themes.find((t: any) => t.slug === x.themes[0])?.sensitive),
      'a consultation on a theme that is not sensitive',
    );
    expect(page(`themas/${themed.themes[0]}`)).toContain(`href="/inbreng/?thema=${themed.themes[0]}"`);
    for (const slug of c.participants.filter((p: string) => nameable(c, p))) {
      expect(page(`organisaties/${slug}`)).toContain(`href="/inbreng/#${c.slug}"`);
    }
  });

  it('publishes new outcomes as an RSS feed that an XML parser reads, newest first', () => {
    const xml = readFileSync(join(siteDir, 'inbreng', 'uitkomsten.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const items = [feed.rss.channel.item].flat();
    const withOutcome = consultations.filter((c: any) => c.outcomeSummary).sort((a: any, b: any) => b.outcomeDate.localeCompare(a.outcomeDate));
    expect(items.map((i: any) => i.title)).toEqual(withOutcome.map((c: any) => c.title.nl));
    expect(items[0].link).toMatch(new RegExp(`/inbreng/#${withOutcome[0].slug}$`));
    expect(page('inbreng')).toContain('type="application/rss+xml"');
  });

  it('does not show a draft consultation anywhere', () => {
    const draft = found(
      demo.consultations.find((c: any) => !c.published),
      'a draft consultation',
    );
    for (const file of allFiles(siteDir).filter((f) => f.endsWith('.html'))) expect(readFileSync(file, 'utf8')).not.toContain(escapeHtml(draft.title.nl));
  });
});

describe('support needs and offers', () => {
  it('shows per need the matching offers on the organisation page, and public calls', () => {
    const o = found(
      published.find((x: any) => x.supportNeeds.some((n: any) => n.need === 'financiering') && x.supportNeeds.some((n: any) => n.publicCall)),
      'an organisation asking for money with a public call',
    );
    const html = page(`organisaties/${o.slug}`);
    expect(html).toContain('Geld voor activiteiten');
    const fund = found(
      demo.supportOffers.find((s: any) => s.answers.includes('financiering')),
      'a support offer for money',
    );
    expect(html).toContain(escapeHtml(fund.title.nl));
    expect(html).toContain('Doe mee!');
  });

  it('counts needs per wijk on the support page without naming organisations', () => {
    const html = page('ondersteuning');
    expect(html).toContain('Hulpvragen per wijk en per thema');
    const table = html.slice(html.indexOf('id="counts"'));
    for (const o of published) expect(table).not.toContain(`/organisaties/${o.slug}/`);
    const westCount = published.filter((o: any) => o.locatedIn === 'west' && o.supportNeeds.some((n: any) => n.need === 'vrijwilligers')).length;
    const westRow = /<th scope="row">West<\/th>((?:<td>\d+<\/td>)+)/.exec(table)?.[1].match(/\d+/g)!.map(Number);
    expect(westRow?.[1]).toBe(westCount);
  });
});

describe('relations between organisations', () => {
  it('shows koepel membership and partnerships on both profiles', () => {
    const member = found(
      published.find((o: any) => o.memberOf.length),
      'a member of a koepel',
    );
    const koepel = bySlug.get(member.memberOf[0]) as any;
    expect(page(`organisaties/${member.slug}`)).toContain(`href="/organisaties/${koepel.slug}/"`);
    expect(page(`organisaties/${koepel.slug}`)).toContain(`href="/organisaties/${member.slug}/"`);
    const partner = found(
      published.find((o: any) => o.partners.some((p: string) => (bySlug.get(p) as any)?.published)),
      'an organisation with a published partner',
    );
    const other = partner.partners.find((p: string) => (bySlug.get(p) as any)?.published);
    expect(page(`organisaties/${other}`)).toContain(`href="/organisaties/${partner.slug}/"`);
  });

  it('draws a per-wijk network view with the same relations as a list', () => {
    const member = found(
      published.find((o: any) => o.memberOf.length),
      'a member of a koepel',
    );
    const html = page(`wijken/${member.locatedIn}/netwerk`);
    expect(html).toContain('<svg');
    expect(html).toContain(`href="/organisaties/${member.slug}/"`);
  });
});

describe('informal networks and sensitive themes', () => {
  it('labels informal networks as new', () => {
    const network = found(
      published.find((o: any) => o.legalForm === 'informeel-netwerk'),
      'an informal network',
    );
    const html = page(`organisaties/${network.slug}`);
    expect(html).toContain('Informeel netwerk');
    expect(html).toMatch(/class="badge">Nieuw</);
  });

  it('keeps a sensitive theme an organisation did not choose out of its page, the search index, the filters and the exports', () => {
    const hiddenOnly = published.filter((o: any) => o.hiddenThemes.length);
    expect(hiddenOnly.length).toBeGreaterThan(0);
    for (const o of hiddenOnly) {
      const html = page(`organisaties/${o.slug}`);
      for (const slug of o.hiddenThemes) {
        expect(html, `${o.slug} shows ${slug}`).not.toContain(themeName.get(slug));
        expect(html).not.toContain(`data-themes="${slug}`);
      }
    }
    // The search index: no fragment of such an organisation carries the hidden theme as a filter or text.
    for (const file of allFiles(join(siteDir, 'pagefind', 'fragment'))) {
      const fragment = JSON.parse(
        gunzipSync(readFileSync(file))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      );
      const entries = typeof fragment.url === 'string' ? [fragment] : Object.values(fragment);
      for (const entry of entries as any[]) {
        const o = hiddenOnly.find((x: any) => entry.url.endsWith(`/organisaties/${x.slug}/`));
        if (!o) continue;
        for (const slug of o.hiddenThemes) {
          expect(JSON.stringify(entry.filters ?? {})).not.toContain(themeName.get(slug));
          expect(entry.content).not.toContain(themeName.get(slug));
        }
      }
    }
  });
});
