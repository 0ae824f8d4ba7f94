/**
 * The preview's address check: every address of the plan looked up in PDOK, as the edit form does on
 * save (cms/src/editing/address.ts), so the editor sees before importing which addresses were found,
 * which are unknown and which could not be checked. An unreachable PDOK keeps the address as in the
 * file, with a warning; after a few failures in a row the rest are not tried (a thousand timeouts
 * would keep the editor waiting for nothing).
 */
import { importText, type ImportContext, type ImportPlan } from '@mzo/content-types/import';
import { lookupConfig } from '../../../../../../editing/address';
import { lookupAddress, type LookupResult } from '../../../../../../editing/pdok';

/** The relation that says which wijk a document with an address is in. */
const WIJK_RELATION: Record<string, string> = { organisation: 'locatedIn', room: 'wijk', activity: 'wijk' };
const GIVE_UP_AFTER = 3;

type Address = Record<string, unknown>;
const present = (value: unknown) => value !== null && value !== undefined && value !== '';
const keyOf = (a: Address) => [a.postcode, a.houseNumber, a.houseNumberAddition ?? ''].map((v) => String(v).replace(/[\s-]/g, '').toUpperCase()).join('|');

export interface AddressCheckOptions {
  config?: ReturnType<typeof lookupConfig>;
  concurrency?: number;
  /** The file's column an organisation's address came from, for the messages. */
  column?: string;
}

/** Looks up every address of the plan's importable entries, completing them in place and adding a message per address. */
export async function checkAddresses(plan: ImportPlan, context: ImportContext, { config = lookupConfig(), concurrency = 6, column }: AddressCheckOptions = {}) {
  const { language } = context;
  const wijkByCode = new Map(context.taxonomies.wijk.filter((w) => w.code).map((w) => [w.code!, w]));
  const targets = plan.entries
    .filter((entry) => entry.status !== 'error')
    .flatMap((entry) =>
      entry.documents
        .filter((doc) => doc.data.address && typeof doc.data.address === 'object')
        .map((doc) => ({ entry, doc, address: doc.data.address as Address })),
    );

  const results = new Map<string, LookupResult>();
  const pending = [...new Set(targets.filter((t) => present(t.address.postcode) && present(t.address.houseNumber)).map((t) => keyOf(t.address)))];
  const first = new Map(targets.map((t) => [keyOf(t.address), t.address]));
  let failuresInARow = 0;
  async function worker() {
    for (let key = pending.shift(); key !== undefined; key = pending.shift()) {
      if (failuresInARow >= GIVE_UP_AFTER) {
        results.set(key, { status: 'unreachable', reason: `gave up after ${GIVE_UP_AFTER} failed lookups` });
        continue;
      }
      const a = first.get(key)!;
      const result = await lookupAddress(
        { postcode: String(a.postcode), houseNumber: String(a.houseNumber), houseNumberAddition: (a.houseNumberAddition as string | null) ?? null },
        config,
      );
      failuresInARow = result.status === 'unreachable' ? failuresInARow + 1 : 0;
      results.set(key, result);
    }
  }
  if (config.enabled) await Promise.all(Array.from({ length: concurrency }, worker));

  for (const { entry, doc, address } of targets) {
    const note = (level: 'info' | 'warning', text: string) =>
      entry.messages.push({ level, row: entry.row, ...(doc.type === 'organisation' && column ? { column } : {}), text });
    if (!present(address.postcode) || !present(address.houseNumber)) {
      if (present(address.latitude) || present(address.street)) address.addressCheck = 'manual';
      continue;
    }
    if (!config.enabled) {
      address.addressCheck = 'manual';
      continue;
    }
    const result = results.get(keyOf(address))!;
    if (result.status === 'unreachable') {
      address.addressCheck = 'unreachable';
      note('warning', importText(language, 'addressUnreachable'));
    } else if (result.status === 'not-found') {
      address.addressCheck = 'not-found';
      note('warning', importText(language, 'addressNotFound', { postcode: address.postcode, number: address.houseNumber }));
    } else {
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
      note('info', importText(language, 'addressFound'));
      const relation = WIJK_RELATION[doc.type];
      const wijk = found.wijkCode ? wijkByCode.get(found.wijkCode) : undefined;
      if (relation && wijk && doc.data[relation] !== wijk.documentId) {
        doc.data[relation] = wijk.documentId;
        if (doc.type === 'organisation') note('info', importText(language, 'wijkFromAddress', { wijk: wijk.name }));
      }
    }
  }
}
