import { describe, expect, inject, it } from 'vitest';
import { demo, privateContactValues } from '../support/demo.ts';

const cmsUrl = inject('cmsUrl');

async function get(path: string) {
  const response = await fetch(`${cmsUrl}${path}`);
  return { status: response.status, text: await response.text() };
}

async function getData(path: string) {
  const { status, text } = await get(path);
  expect(status, `${path} → ${text.slice(0, 200)}`).toBe(200);
  return JSON.parse(text) as { data: any[]; meta: { pagination: { total: number } } };
}

const published = demo.organisations.filter((o: any) => o.published);
const drafts = demo.organisations.filter((o: any) => !o.published);

describe('the public REST API of a freshly seeded CMS', () => {
  it('returns every published organisation, in Dutch and in English', async () => {
    for (const locale of ['nl', 'en']) {
      const body = await getData(`/api/organisations?locale=${locale}&pagination[pageSize]=100&fields[0]=slug&fields[1]=locale`);
      expect(body.meta.pagination.total).toBe(published.length);
      expect(body.data.map((o) => o.slug).sort()).toEqual(published.map((o: any) => o.slug).sort());
      expect(body.data.every((o) => o.locale === locale)).toBe(true);
    }
  });

  it('never returns a draft, not even when asked for status=draft', async () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const query of ['', '&status=draft', '&status=published']) {
      const body = await getData(`/api/organisations?pagination[pageSize]=100&fields[0]=slug${query}`);
      const slugs = body.data.map((o) => o.slug);
      for (const draft of drafts) expect(slugs, `${draft.slug} with "${query}"`).not.toContain(draft.slug);
    }
    const activities = await getData('/api/activities?pagination[pageSize]=100&fields[0]=slug&status=draft');
    const draftActivities = demo.activities.filter((a: any) => !a.published).map((a: any) => a.slug);
    expect(draftActivities.length).toBeGreaterThan(0);
    for (const slug of draftActivities) expect(activities.data.map((a) => a.slug)).not.toContain(slug);
  });

  it('lists only public contact people, with only their public fields', async () => {
    const body = await getData('/api/contact-persons?pagination[pageSize]=100&filters[visibility][$eq]=officials&populate=*');
    const publicOnes = demo.contacts.filter((c: any) => c.visibility === 'public' && published.some((o: any) => o.slug === c.organisation));
    expect(body.data.length).toBe(publicOnes.length);
    for (const contact of body.data) {
      expect(contact.visibility).toBe('public');
      expect(contact).not.toHaveProperty('consentDate');
      expect(contact).not.toHaveProperty('consentNote');
    }
  });

  it('never shows a non-public contact, through any type, populate or filter', async () => {
    expect(privateContactValues.length).toBeGreaterThan(0);
    const paths = [
      '/api/contact-persons?pagination[pageSize]=100',
      '/api/contact-persons?populate=*&filters[visibility][$ne]=public',
      '/api/organisations?pagination[pageSize]=100&populate=*',
      '/api/organisations?pagination[pageSize]=100&populate[contacts]=*',
      '/api/organisations?pagination[pageSize]=100&populate[contacts][populate]=*',
      '/api/activities?pagination[pageSize]=100&populate[organisation][populate]=*',
      '/api/rooms?pagination[pageSize]=100&populate[providerOrganisation][populate][contacts]=*',
    ];
    for (const path of paths) {
      const { text } = await get(path);
      for (const value of privateContactValues) expect(text, `${path} leaks ${value}`).not.toContain(value);
    }
  });

  it('keeps suggestions unreadable and private organisation fields out of responses', async () => {
    // No read route exists at all, so no token or role can list suggestions.
    expect((await get('/api/suggestions')).status).toBe(404);
    expect((await get('/api/suggestions/1')).status).toBe(404);
    const body = await getData('/api/organisations?pagination[pageSize]=100&populate=*');
    for (const organisation of body.data) {
      for (const field of ['editors', 'hiddenThemes', 'contacts', 'editorNotes']) expect(organisation).not.toHaveProperty(field);
    }
  });
});
