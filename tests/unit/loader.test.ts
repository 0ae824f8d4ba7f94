import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { organisation, theme, contactPerson } from '@mzo/content-types';
import { CmsError, fetchCollection, PAGE_SIZE } from '@mzo/content-types/rest';
import { freePort } from '../support/net.ts';

type Handler = (url: URL, req: IncomingMessage, res: ServerResponse) => void;
let server: Server | undefined;

async function standIn(handler: Handler): Promise<string> {
  const port = await freePort();
  server = createServer((req, res) => handler(new URL(req.url ?? '/', `http://127.0.0.1:${port}`), req, res));
  await new Promise<void>((r) => server!.listen(port, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${port}`;
}

afterEach(async () => {
  await new Promise((r) => (server ? server.close(() => r(undefined)) : r(undefined)));
  server = undefined;
});

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const themeEntry = (n: number, locale: string) => ({
  id: n,
  documentId: `doc${n}`,
  locale,
  name: `${locale === 'nl' ? 'Thema' : 'Theme'} ${n}`,
  slug: `thema-${n}`,
  description: null,
  icon: null,
  sensitive: false,
});

/** Serves `total` theme entries per locale like Strapi: clamps pageSize to 100, reports pageCount. */
function paginatedThemes(total: number, requests: URL[]): Handler {
  return (url, _req, res) => {
    requests.push(url);
    const locale = url.searchParams.get('locale') ?? 'nl';
    const page = Number(url.searchParams.get('pagination[page]') ?? 1);
    const pageSize = Math.min(Number(url.searchParams.get('pagination[pageSize]') ?? 25), 100);
    const all = Array.from({ length: total }, (_, i) => themeEntry(i + 1, locale));
    json(res, 200, {
      data: all.slice((page - 1) * pageSize, page * pageSize),
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    });
  };
}

describe('the CMS loader', () => {
  it('pages through more than 100 entries at a page size Strapi accepts', async () => {
    const requests: URL[] = [];
    const baseUrl = await standIn(paginatedThemes(250, requests));
    const entries = await fetchCollection(theme, 'nl', { baseUrl });
    expect(entries).toHaveLength(250);
    expect(new Set(entries.map((e) => e.documentId)).size).toBe(250);
    expect(requests).toHaveLength(3);
    expect(requests.every((u) => Number(u.searchParams.get('pagination[pageSize]')) === PAGE_SIZE)).toBe(true);
    expect(PAGE_SIZE).toBeLessThanOrEqual(100);
  });

  it('asks for one locale at a time and keeps what the CMS returned for it', async () => {
    const requests: URL[] = [];
    const baseUrl = await standIn(paginatedThemes(3, requests));
    const english = await fetchCollection(theme, 'en', { baseUrl });
    expect(requests.map((u) => u.searchParams.get('locale'))).toEqual(['en']);
    expect(english.map((e) => e.locale)).toEqual(['en', 'en', 'en']);
    expect(english[0].name).toBe('Theme 1');
  });

  it('does not send a locale for types without languages', async () => {
    const requests: URL[] = [];
    const baseUrl = await standIn((url, _req, res) => {
      requests.push(url);
      json(res, 200, { data: [], meta: { pagination: { page: 1, pageCount: 0 } } });
    });
    await fetchCollection(contactPerson, 'nl', { baseUrl });
    expect(requests[0].searchParams.has('locale')).toBe(false);
  });

  it('sends the read-only token when one is configured', async () => {
    let authorization: string | undefined;
    const baseUrl = await standIn((_url, req, res) => {
      authorization = req.headers.authorization;
      json(res, 200, { data: [], meta: { pagination: { page: 1, pageCount: 0 } } });
    });
    await fetchCollection(theme, 'nl', { baseUrl, token: 'secret-token' });
    expect(authorization).toBe('Bearer secret-token');
  });

  it('fails with a clear message naming the URL when the CMS refuses the connection', async () => {
    const port = await freePort();
    const error = await fetchCollection(theme, 'nl', { baseUrl: `http://127.0.0.1:${port}`, attempts: 2, backoffMs: 10 }).catch((e) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect(error.message).toContain(`http://127.0.0.1:${port}/api/themes`);
    expect(error.message).toMatch(/could not be reached.*ECONNREFUSED/);
  });

  it('retries a 500 and then fails naming the status and URL', async () => {
    let calls = 0;
    const baseUrl = await standIn((_url, _req, res) => {
      calls++;
      json(res, 500, { error: { message: 'database is locked' } });
    });
    const error = await fetchCollection(theme, 'nl', { baseUrl, attempts: 3, backoffMs: 5 }).catch((e) => e);
    expect(calls).toBe(3);
    expect(error).toBeInstanceOf(CmsError);
    expect(error.message).toMatch(/500 .*\/api\/themes\?/);
  });

  it('recovers when a transient 503 is followed by a good answer', async () => {
    let calls = 0;
    const requests: URL[] = [];
    const good = paginatedThemes(2, requests);
    const baseUrl = await standIn((url, req, res) => {
      if (++calls === 1) return json(res, 503, {});
      good(url, req, res);
    });
    expect(await fetchCollection(theme, 'nl', { baseUrl, backoffMs: 5 })).toHaveLength(2);
  });

  it('fails naming the URL, the entry and the field when an entry misses a required field', async () => {
    const baseUrl = await standIn((_url, _req, res) => {
      const { summary: _missing, ...broken } = {
        id: 7,
        documentId: 'abc123',
        locale: 'nl',
        publishedAt: '2026-11-01T10:00:00.000Z',
        name: 'Stichting Voorbeeld',
        slug: 'stichting-voorbeeld',
        summary: 'x',
        legalForm: 'stichting',
      };
      json(res, 200, { data: [broken], meta: { pagination: { page: 1, pageCount: 1 } } });
    });
    const error = await fetchCollection(organisation, 'nl', { baseUrl }).catch((e) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect(error.message).toContain('/api/organisations?');
    expect(error.message).toContain('entry abc123 ("stichting-voorbeeld")');
    expect(error.message).toContain('field "summary"');
  });

  it('does not retry a 403 (a permission problem will not fix itself)', async () => {
    let calls = 0;
    const baseUrl = await standIn((_url, _req, res) => {
      calls++;
      json(res, 403, { error: { message: 'Forbidden' } });
    });
    await expect(fetchCollection(theme, 'nl', { baseUrl, backoffMs: 5 })).rejects.toThrow(/403/);
    expect(calls).toBe(1);
  });
});
