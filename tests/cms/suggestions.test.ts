import Database from 'better-sqlite3';
import { describe, expect, inject, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';

const cmsUrl = inject('cmsUrl');
let clientCounter = 0;
/** Each test posts as its own client (the test CMS trusts X-Forwarded-For). */
const newClient = () => `198.51.100.${++clientCounter}`;

function storedSuggestions(): { kind: string; message: string; submitter_email: string | null; status: string | null; organisation_name: string | null }[] {
  const db = new Database(inject('databaseFile'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('select kind, message, submitter_email, status, organisation_name from suggestions').all() as never;
  } finally {
    db.close();
  }
}

async function postJson(body: unknown, client = newClient()) {
  const response = await fetch(`${cmsUrl}/api/suggestions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json().catch(() => null) };
}

const published = found(
  demo.organisations.find((o: any) => o.published),
  'a published organisation',
);

describe('public suggestions', () => {
  it('stores a valid tip for editors and never publishes it', async () => {
    const message = `Er is een nieuw Eritrees vrouwennetwerk in Kanaleneiland (test ${Date.now()}).`;
    const result = await postJson({ kind: 'new-network', organisationName: 'Netwerk Asmara-Kanaleneiland', wijkName: 'Zuidwest', message, locale: 'nl' });
    expect(result.status).toBe(201);
    const row = storedSuggestions().find((s) => s.message === message);
    expect(row).toMatchObject({ kind: 'new-network', status: 'new', organisation_name: 'Netwerk Asmara-Kanaleneiland' });
    expect((await fetch(`${cmsUrl}/api/suggestions`)).status).toBe(404);
  });

  it('names the field and the reason for every mistake, in Dutch or English', async () => {
    const dutch = await postJson({ kind: 'new-network', message: 'kort', submitterEmail: 'geen-adres', locale: 'nl' });
    expect(dutch.status).toBe(400);
    const errors = dutch.body.error.details.errors;
    expect(Object.keys(errors).sort()).toEqual(['consent', 'message', 'organisationName', 'submitterEmail']);
    expect(errors.message).toMatch(/10 tot 2000 tekens/);
    const english = await postJson({ kind: 'correction', message: 'x', locale: 'en' });
    expect(english.body.error.details.errors.organisation).toMatch(/which organisation/);
  });

  it('refuses any field that is not in the form, so nobody can set status or other fields', async () => {
    const before = storedSuggestions().length;
    const result = await postJson({
      kind: 'new-network',
      organisationName: 'Netwerk X',
      message: 'Een bericht dat lang genoeg is.',
      status: 'done',
      reviewNote: 'ok',
      locale: 'nl',
    });
    expect(result.status).toBe(400);
    expect(Object.keys(result.body.error.details.errors).sort()).toEqual(['reviewNote', 'status']);
    expect(storedSuggestions().length).toBe(before);
  });

  it('accepts a honeypot hit politely but stores nothing', async () => {
    const message = `Bot bericht ${Date.now()} met genoeg tekens`;
    const result = await postJson({ kind: 'new-network', organisationName: 'Bot', message, website: 'http://spam.example', locale: 'nl' });
    expect(result.status).toBe(201);
    expect(storedSuggestions().some((s) => s.message === message)).toBe(false);
  });

  it('keeps personal data only with consent', async () => {
    const message = `Correctie met naam en toestemming ${Date.now()}.`;
    const withConsent = await postJson({
      kind: 'correction',
      organisation: published.slug,
      message,
      submitterName: 'Test Persoon',
      submitterEmail: 'test@example.org',
      consent: 'on',
      locale: 'nl',
    });
    expect(withConsent.status).toBe(201);
    expect(storedSuggestions().find((s) => s.message === message)?.submitter_email).toBe('test@example.org');
  });

  it('refuses a correction of an organisation that is not in the guide', async () => {
    const draft = found(
      demo.organisations.find((o: any) => !o.published),
      'a draft organisation',
    );
    const result = await postJson({ kind: 'correction', organisation: draft.slug, message: 'Deze organisatie bestaat nog.', locale: 'nl' });
    expect(result.status).toBe(400);
    expect(result.body.error.details.errors.organisation).toBeTruthy();
  });

  it('answers a plain form post (no JavaScript) with a redirect to the thank-you page', async () => {
    const response = await fetch(`${cmsUrl}/api/suggestions`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': newClient() },
      body: new URLSearchParams({
        kind: 'new-network',
        organisationName: 'Poolse ouders Overvecht',
        message: 'Een groep Poolse ouders komt elke week samen.',
        locale: 'en',
        website: '',
      }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${inject('siteUrl')}/en/bedankt/`);
  });

  it('shows a plain page with the mistakes when a form without JavaScript is wrong', async () => {
    const response = await fetch(`${cmsUrl}/api/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'x-forwarded-for': newClient() },
      body: new URLSearchParams({ kind: 'new-network', message: '<script>alert(1)</script>', locale: 'nl' }),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="nl" dir="ltr">');
    expect(html).toContain('Vul de naam van de organisatie');
    expect(html).not.toContain('<script>');
  });

  it('limits a burst from one client with 429 and Retry-After, losing no accepted suggestion', async () => {
    const client = newClient();
    const tag = `burst-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        postJson({ kind: 'new-network', organisationName: `Netwerk ${i}`, message: `${tag} bericht nummer ${i}`, locale: 'nl' }, client),
      ),
    );
    const accepted = results.filter((r) => r.status === 201);
    const limited = results.filter((r) => r.status === 429);
    expect(results.map((r) => r.status).join(','), JSON.stringify(results.find((r) => r.status !== 201 && r.status !== 429)?.body)).not.toMatch(/5\d\d|400/);
    expect(accepted.length).toBe(10);
    expect(limited.length).toBe(15);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(storedSuggestions().filter((s) => s.message.startsWith(tag))).toHaveLength(accepted.length);
    // Another client is not affected.
    expect((await postJson({ kind: 'new-network', organisationName: 'Ander netwerk', message: `${tag} van iemand anders`, locale: 'nl' })).status).toBe(201);
  });

  it('refuses bodies larger than the form could ever send', async () => {
    const result = await fetch(`${cmsUrl}/api/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newClient() },
      body: JSON.stringify({ kind: 'new-network', message: 'x'.repeat(40_000) }),
    });
    expect(result.status).toBe(413);
  });
});
