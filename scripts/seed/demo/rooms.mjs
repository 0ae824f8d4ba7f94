// Rooms: in buurtcentra and at organisations.
import { sizeClassFor } from '@mzo/content-types';
import { BC_ROOMS, ORG_ROOMS } from './templates.mjs';
import { clip, listEn, listNl, slugify, slugRegistry } from './text.mjs';

/** The demo data's rooms, from what the earlier steps made (`ctx`). */
export function generateRooms(ctx) {
  const { buurtcentra, orgRoomTotal, phone, published, rnd, roomTotal } = ctx;
  const roomSlug = slugRegistry();
  const rooms = [];
  const roomsByWijk = new Map();
  const roomsByOrg = new Map();
  const roomsByProvider = new Map();
  function makeRoom({ template, providerName, providerOrganisation, addressValue, wijk, tariff, prayerRoom, bookingBase }) {
    const area = rnd.int(template.area[0], template.area[1]);
    const sizeClass = sizeClassFor(area);
    const name = `${template.name.nl}, ${providerName ?? providerOrganisation.name}`;
    const slug = roomSlug(slugify(name, 70));
    const kitchen = rnd.chance(template.kitchen);
    const wheelchairAccessible = rnd.chance(providerName ? 0.9 : 0.55);
    const childcare = rnd.chance(0.15);
    const projector = rnd.chance(template.projector);
    const wifi = rnd.chance(0.85);
    const extras = [];
    if (kitchen) extras.push({ nl: 'keuken', en: 'kitchen' });
    if (prayerRoom) extras.push({ nl: 'gebedsruimte', en: 'prayer room' });
    if (projector) extras.push({ nl: 'beamer', en: 'projector' });
    if (wifi) extras.push({ nl: 'wifi', en: 'wifi' });
    const tariffText = {
      'tarief-0': {
        nl: 'Maatschappelijk tarief: 0 % van de huurprijs voor vrijwilligersorganisaties.',
        en: 'Social rate: 0% of the rental price for volunteer organisations.',
      },
      'tarief-35': { nl: 'Maatschappelijk tarief: je betaalt 35 % van de huurprijs.', en: 'Social rate: you pay 35% of the rental price.' },
      'tarief-100': { nl: 'Je betaalt de volledige huurprijs.', en: 'You pay the full rental price.' },
    }[tariff];
    const capacity = Math.max(4, Math.min(2000, Math.round(area / (template.area[1] > 250 ? 2.5 : 1.7))));
    const room = {
      slug,
      name,
      description: {
        nl: clip(
          `${template.desc.nl} Ongeveer ${area} m², plek voor ${capacity} mensen.${extras.length ? ` Met ${listNl(extras.map((e) => e.nl))}.` : ''} ${wheelchairAccessible ? 'Toegankelijk met een rolstoel.' : 'Niet toegankelijk met een rolstoel.'} ${tariffText.nl}`,
          1000,
        ),
        en: clip(
          `${template.desc.en} About ${area} m², room for ${capacity} people.${extras.length ? ` With ${listEn(extras.map((e) => e.en))}.` : ''} ${wheelchairAccessible ? 'Wheelchair accessible.' : 'Not wheelchair accessible.'} ${tariffText.en}`,
          1000,
        ),
      },
      providerName: providerName ?? null,
      providerOrganisation: providerOrganisation ? providerOrganisation.slug : null,
      address: { ...addressValue },
      wijk,
      sizeClass,
      areaM2: area,
      capacity,
      tariff,
      kitchen,
      prayerRoom,
      wheelchairAccessible,
      childcare,
      projector,
      wifi,
      bookingUrl: `https://${bookingBase}.example.org/ruimte-huren`,
      bookingEmail: `${providerName ? 'reserveren' : 'zaalverhuur'}@${bookingBase}.example.org`,
      bookingPhone: phone(),
      published: true,
    };
    rooms.push(room);
    if (providerName) {
      if (!roomsByProvider.has(providerName)) roomsByProvider.set(providerName, []);
      roomsByProvider.get(providerName).push(room);
    }
    if (!roomsByWijk.has(wijk)) roomsByWijk.set(wijk, []);
    roomsByWijk.get(wijk).push(room);
    return room;
  }
  // Rooms that organisations share: religious organisations and foundations with their own address
  // (at most two each); the rest are buurtcentrum rooms, spread over all buurtcentra.
  const roomProviders = rnd
    .shuffle(published.filter((o) => !o.meetsAt && o.legalForm !== 'informeel-netwerk' && o.status !== 'slapend'))
    .sort((a, b) => (b.legalForm === 'religieuze-organisatie') - (a.legalForm === 'religieuze-organisatie'));
  const orgRoomCount = Math.min(orgRoomTotal, roomProviders.length * 2);
  for (let k = 0; k < roomTotal - orgRoomCount; k++) {
    const bc = buurtcentra[k % buurtcentra.length];
    // Every buurtcentrum first gets a hall, a multi-purpose room or a kitchen; then anything goes.
    const template = BC_ROOMS[k < buurtcentra.length ? rnd.pick([0, 1, 3]) : rnd.int(0, BC_ROOMS.length - 1)];
    makeRoom({
      template,
      providerName: bc.name,
      providerOrganisation: null,
      addressValue: bc.address,
      wijk: bc.wijk,
      tariff: rnd.weighted([
        ['tarief-0', 2],
        ['tarief-35', 3],
        ['tarief-100', 1.5],
      ]),
      prayerRoom: rnd.chance(0.1),
      bookingBase: bc.slug,
    });
  }
  for (let k = 0; k < orgRoomCount; k++) {
    const o = roomProviders[k % roomProviders.length];
    const room = makeRoom({
      template: ORG_ROOMS[(o.r + Math.floor(k / roomProviders.length)) % ORG_ROOMS.length],
      providerName: null,
      providerOrganisation: o,
      addressValue: o.address,
      wijk: o.locatedIn,
      tariff: rnd.chance(0.6) ? 'tarief-0' : 'tarief-35',
      prayerRoom: o.legalForm === 'religieuze-organisatie',
      bookingBase: o.slug,
    });
    if (!roomsByOrg.has(o.slug)) roomsByOrg.set(o.slug, []);
    roomsByOrg.get(o.slug).push(room);
  }
  return { roomsByOrg, roomsByProvider, roomsByWijk, rooms };
}
