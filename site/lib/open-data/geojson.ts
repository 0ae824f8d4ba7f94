import { isInUtrecht } from '@mzo/content-types';
import { t } from '../../i18n/index.ts';
import { openDataId } from './ids.ts';
import { absoluteUrl } from './paths.ts';
import { pagePath } from '../paths.ts';
import type { Publishable } from './source.ts';
import { resolve } from '../resolve.ts';
import { roomFacts } from './records.ts';
import { addressLine } from './text.ts';

type Properties = Record<string, string | number | boolean | string[]>;

export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Properties;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

const clean = (properties: Record<string, unknown>): Properties =>
  Object.fromEntries(
    Object.entries(properties).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as Properties;

/**
 * A point as RFC 7946 wants it: [longitude, latitude] in WGS84, at most 6 decimals (about 10 cm).
 * Points outside the municipality are left out, so a typo in the CMS never lands in the sea.
 */
function point(address: { latitude?: number | null; longitude?: number | null } | null | undefined): PointFeature['geometry'] | undefined {
  const lat = address?.latitude;
  const lon = address?.longitude;
  if (typeof lat !== 'number' || typeof lon !== 'number' || !isInUtrecht(lat, lon)) return undefined;
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { type: 'Point', coordinates: [round(lon), round(lat)] };
}

/** Published organisations as GeoJSON points with their public properties (ids match the HSDS files). */
export function organisationsGeoJson(p: Publishable): FeatureCollection {
  const features: PointFeature[] = [];
  for (const o of p.organisations) {
    const geometry = point(o.address);
    if (!geometry) continue;
    const wijk = o.locatedIn ? p.byId.wijk.get(o.locatedIn.documentId) : undefined;
    features.push({
      type: 'Feature',
      id: openDataId('organization', o.documentId),
      geometry,
      properties: clean({
        name: o.name,
        slug: o.slug,
        summary: o.summary,
        legal_form: t(p.locale, `legalForm.${o.legalForm}` as never),
        status: o.organisationStatus,
        address: addressLine(o.address),
        wijk: wijk?.name,
        wijk_code: wijk?.code,
        buurt_code: o.address?.buurtCode,
        themes: resolve(p.byId.theme, o.themes).map((x) => x.name),
        languages: resolve(p.byId.language, o.languages).map((x) => x.name),
        website: o.website,
        email: o.email,
        phone: o.phone,
        url: absoluteUrl(p.siteUrl, pagePath.organisation(p.locale, o.slug ?? o.documentId)),
        last_confirmed: o.lastConfirmed,
      }),
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Published rooms as GeoJSON points with size class, tariff, facilities and booking details. */
export function roomsGeoJson(p: Publishable): FeatureCollection {
  const features: PointFeature[] = [];
  for (const r of p.rooms) {
    const geometry = point(r.address);
    if (!geometry) continue;
    const wijk = r.wijk ? p.byId.wijk.get(r.wijk.documentId) : undefined;
    const provider = r.providerOrganisation ? p.byId.organisation.get(r.providerOrganisation.documentId) : undefined;
    features.push({
      type: 'Feature',
      id: openDataId('location', 'room', r.documentId),
      geometry,
      properties: clean({
        name: r.name,
        slug: r.slug,
        description: r.description,
        provider: r.providerName ?? provider?.name,
        provider_url: provider ? absoluteUrl(p.siteUrl, pagePath.organisation(p.locale, provider.slug ?? provider.documentId)) : undefined,
        address: addressLine(r.address),
        wijk: wijk?.name,
        wijk_code: wijk?.code,
        ...roomFacts(r),
        booking_phone: r.bookingPhone,
      }),
    });
  }
  return { type: 'FeatureCollection', features };
}
