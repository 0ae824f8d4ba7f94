/**
 * Postcode + house number → street, city, coordinates, buurt and wijk, from PDOK, when an editor
 * types or changes an address. When PDOK cannot be reached the entry is saved with the location as
 * entered: `address.addressCheck` becomes `unreachable` (shown in the edit view) and the server log
 * says which URL failed. Configuration: PDOK_LOCATIESERVER_URL, PDOK_TIMEOUT_MS, PDOK_LOOKUP=off.
 */
import type { Core } from '@strapi/strapi';
import { WIJK_CODE_PATTERN, type TypeDefinition } from '@mzo/content-types';
import { DEFAULT_PDOK_URL, lookupAddress } from './pdok';

type Entry = Record<string, unknown>;

/** The relation that says which wijk an entry with an address is in. */
const WIJK_RELATION: Record<string, string> = { organisation: 'locatedIn', room: 'wijk', activity: 'wijk' };

const compact = (value: unknown) =>
  String(value ?? '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
const present = (value: unknown) => value !== null && value !== undefined && value !== '';

export function lookupConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    enabled: env.PDOK_LOOKUP !== 'off',
    baseUrl: env.PDOK_LOCATIESERVER_URL || DEFAULT_PDOK_URL,
    timeoutMs: Number(env.PDOK_TIMEOUT_MS) || 2500,
  };
}

/**
 * Completes `data.address` in place (and the wijk relation) when its postcode, number or addition
 * changed, or when an earlier lookup could not reach PDOK or left it without coordinates.
 */
export async function fillAddress(strapi: Core.Strapi, type: TypeDefinition, data: Entry, current: Entry | null, locale: string | undefined) {
  const address = data.address as Entry;
  const before = (current?.address ?? null) as Entry | null;
  const keyChanged = !before || ['postcode', 'houseNumber', 'houseNumberAddition'].some((k) => compact(address[k]) !== compact(before[k]));
  // Whatever the form sent, how the location was obtained is the server's to say.
  address.addressCheck = keyChanged ? null : (before?.addressCheck ?? null);
  if (!present(address.postcode) || !present(address.houseNumber)) {
    if (present(address.latitude) || present(address.street)) address.addressCheck = 'manual';
    return;
  }
  const retry = before?.addressCheck === 'unreachable' || !present(address.latitude);
  if (!keyChanged && !retry) return;
  const config = lookupConfig();
  if (!config.enabled) {
    address.addressCheck = 'manual';
    return;
  }
  const result = await lookupAddress(
    { postcode: String(address.postcode), houseNumber: String(address.houseNumber), houseNumberAddition: address.houseNumberAddition as string | null },
    config,
  );
  const what = `${type.name} ${String(data.name ?? data.title ?? current?.name ?? current?.title ?? current?.documentId ?? '(new)')}`;
  if (result.status === 'unreachable') {
    strapi.log.warn(`Address lookup for ${what} failed (${result.reason}); saved with the location as entered (address.addressCheck = unreachable).`);
    address.addressCheck = 'unreachable';
    return;
  }
  if (result.status === 'not-found') {
    strapi.log.info(`Address lookup for ${what}: PDOK knows no address ${String(address.postcode)} ${String(address.houseNumber)}; saved as entered.`);
    address.addressCheck = 'not-found';
    return;
  }
  const found = result.address;
  Object.assign(address, {
    street: found.street,
    postcode: found.postcode,
    city: found.city,
    latitude: found.latitude,
    longitude: found.longitude,
    buurtCode: found.buurtCode,
    addressCheck: 'found',
  });
  const relation = WIJK_RELATION[type.name];
  if (relation && found.wijkCode && WIJK_CODE_PATTERN.test(found.wijkCode)) {
    const wijk = await strapi.db.query('api::wijk.wijk').findOne({ where: { code: found.wijkCode, ...(locale ? { locale } : {}) }, select: ['documentId'] });
    if (wijk) data[relation] = wijk.documentId;
  }
}
