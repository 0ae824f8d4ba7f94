/**
 * Address lookup in the PDOK Locatieserver (BAG addresses with CBS wijk and buurt codes).
 * @see https://api.pdok.nl/bzk/locatieserver/search/v3_1/ui/
 */

export const DEFAULT_PDOK_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

/** What an address lookup fills in. */
export interface FoundAddress {
  street: string;
  houseNumber: string;
  houseNumberAddition: string | null;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
  buurtCode: string | null;
  wijkCode: string | null;
  municipalityCode: string | null;
}

export type LookupResult = { status: 'found'; address: FoundAddress } | { status: 'not-found' } | { status: 'unreachable'; reason: string };

interface PdokDoc {
  type?: string;
  straatnaam?: string;
  huisnummer?: number | string;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode?: string;
  woonplaatsnaam?: string;
  gemeentecode?: string;
  wijkcode?: string;
  buurtcode?: string;
  centroide_ll?: string;
}

const compact = (value: string | null | undefined) => (value ?? '').replace(/[\s-]/g, '').toUpperCase();

/** `POINT(5.12142 52.09085)` → `[52.09085, 5.12142]` (latitude, longitude). */
export function parsePoint(point: string | undefined): [number, number] | undefined {
  const match = /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(point ?? '');
  return match ? [Number(match[2]), Number(match[1])] : undefined;
}

/** The request for one address: the postcode and number as filters, so only exact matches come back. */
export function lookupUrl(baseUrl: string, postcode: string, houseNumber: string): string {
  const pc = compact(postcode);
  const url = new URL(baseUrl);
  url.searchParams.set('q', `${pc} ${houseNumber}`);
  url.searchParams.append('fq', 'type:adres');
  url.searchParams.append('fq', `postcode:${pc}`);
  url.searchParams.append('fq', `huisnummer:${Number(houseNumber)}`);
  url.searchParams.set('rows', '20');
  return url.toString();
}

/**
 * Picks the address from a Locatieserver response: the one whose letter and addition match, or, when
 * no addition was given, the one without. Returns undefined when there is none.
 */
export function pickAddress(body: unknown, wanted: { postcode: string; houseNumber: string; houseNumberAddition?: string | null }): FoundAddress | undefined {
  const docs = ((body as { response?: { docs?: PdokDoc[] } })?.response?.docs ?? []).filter(
    (d) => d.type === 'adres' && compact(d.postcode) === compact(wanted.postcode) && String(d.huisnummer) === String(Number(wanted.houseNumber)),
  );
  const suffix = (d: PdokDoc) => compact(`${d.huisletter ?? ''}${d.huisnummertoevoeging ?? ''}`);
  const doc = docs.find((d) => suffix(d) === compact(wanted.houseNumberAddition)) ?? (wanted.houseNumberAddition ? undefined : docs[0]);
  const point = parsePoint(doc?.centroide_ll);
  if (!doc || !point) return undefined;
  const pc = compact(doc.postcode);
  return {
    street: doc.straatnaam ?? '',
    houseNumber: String(doc.huisnummer),
    houseNumberAddition: suffix(doc) ? [doc.huisletter, doc.huisnummertoevoeging].filter(Boolean).join('-') : null,
    postcode: `${pc.slice(0, 4)} ${pc.slice(4)}`,
    city: doc.woonplaatsnaam ?? '',
    latitude: point[0],
    longitude: point[1],
    buurtCode: doc.buurtcode ?? null,
    wijkCode: doc.wijkcode ?? null,
    municipalityCode: doc.gemeentecode ? `GM${doc.gemeentecode}` : null,
  };
}

/**
 * Looks an address up. Never throws: an unreachable, slow (`timeoutMs`) or failing service gives
 * `unreachable` with the reason, so the caller can save what the editor typed and warn.
 */
export async function lookupAddress(
  wanted: { postcode: string; houseNumber: string; houseNumberAddition?: string | null },
  { baseUrl = DEFAULT_PDOK_URL, timeoutMs = 2500, fetchImpl = fetch }: { baseUrl?: string; timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<LookupResult> {
  const url = lookupUrl(baseUrl, wanted.postcode, wanted.houseNumber);
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    if (!response.ok) return { status: 'unreachable', reason: `${url} answered HTTP ${response.status}` };
    const address = pickAddress(await response.json(), wanted);
    return address ? { status: 'found', address } : { status: 'not-found' };
  } catch (error) {
    return { status: 'unreachable', reason: `${url}: ${(error as Error).message}` };
  }
}
