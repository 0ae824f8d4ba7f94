// Places: points, postcodes and addresses in a wijk, phone numbers, buurtcentra.
import { MUNICIPALITY_BOUNDS, WIJKEN } from '@mzo/content-types';
import { BUURTCENTRUM_NAMES } from './names.mjs';
import { dockPhone, FIXED_PHONES } from './organisation-text.mjs';
import { WIJK_INFO } from './taxonomies.mjs';
import { slugify, slugRegistry } from './text.mjs';

/** The demo data's places, from what the earlier steps made (`ctx`). */
export function generatePlaces(ctx) {
  const { N, perOrgRooms, rnd, wijkBySlug, wijkSlugs } = ctx;
  const LAT_M = 1 / 111_320;
  const lngM = (lat) => 1 / (111_320 * Math.cos((lat * Math.PI) / 180));
  const B = MUNICIPALITY_BOUNDS;
  function point(wijkSlug, radius = 600) {
    const [lat0, lng0] = wijkBySlug.get(wijkSlug).centre;
    const r = radius * Math.sqrt(rnd.next());
    const a = rnd.next() * 2 * Math.PI;
    const lat = Math.min(B.north, Math.max(B.south, lat0 + r * Math.sin(a) * LAT_M));
    const lng = Math.min(B.east, Math.max(B.west, lng0 + r * Math.cos(a) * lngM(lat0)));
    return [Math.round(lat * 1e6) / 1e6, Math.round(lng * 1e6) / 1e6];
  }
  const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';
  function postcode(wijkSlug) {
    let letters;
    do letters = rnd.pick(POSTCODE_LETTERS) + rnd.pick(POSTCODE_LETTERS);
    while (letters === 'SA' || letters === 'SD' || letters === 'SS');
    return `${rnd.pick(WIJK_INFO[wijkSlug].postcodes)} ${letters}`;
  }
  function address(wijkSlug) {
    const info = WIJK_INFO[wijkSlug];
    const [latitude, longitude] = point(wijkSlug);
    const wijkNo = wijkBySlug.get(wijkSlug).code.slice(-2);
    return {
      street: rnd.pick(info.streets),
      houseNumber: String(rnd.int(1, 180)),
      houseNumberAddition: rnd.chance(0.15) ? rnd.pick(['A', 'B', 'bis', '1', '2']) : null,
      postcode: postcode(wijkSlug),
      city: 'Utrecht',
      latitude,
      longitude,
      buurtCode: rnd.chance(0.85) ? `BU0344${wijkNo}${String(rnd.int(0, 9)).padStart(2, '0')}` : null,
    };
  }
  // Phone numbers are unique across the data set, so a non-public contact's number never equals a public one.
  const phones = new Set([...WIJKEN.map((_, i) => dockPhone(i)), ...FIXED_PHONES]);
  const phone = () => {
    let p;
    do p = `030 1${rnd.int(0, 9)}${rnd.int(0, 9)} ${String(rnd.int(0, 9999)).padStart(4, '0')}`;
    while (phones.has(p));
    phones.add(p);
    return p;
  };

  // Buurtcentra: one per wijk, more when there are many rooms.
  const roomTotal = Math.round(N * perOrgRooms);
  const orgRoomTotal = Math.round(roomTotal * 0.3);
  const bcPerWijk = Math.max(1, Math.ceil((roomTotal - orgRoomTotal) / (wijkSlugs.length * 3)));
  const bcSlug = slugRegistry();
  const buurtcentra = [];
  const buurtcentraByWijk = new Map();
  let bcName = 0;
  for (let k = 0; k < bcPerWijk; k++) {
    for (const w of wijkSlugs) {
      const base = BUURTCENTRUM_NAMES[bcName % BUURTCENTRUM_NAMES.length];
      const round = Math.floor(bcName / BUURTCENTRUM_NAMES.length);
      bcName++;
      const name = `Buurtcentrum ${base}${round ? ` ${WIJK_INFO[w].buurten[round % WIJK_INFO[w].buurten.length]}` : ''}`;
      const bc = { name, slug: bcSlug(slugify(name)), wijk: w, address: address(w), phone: phone(), orgs: 0 };
      buurtcentra.push(bc);
      if (!buurtcentraByWijk.has(w)) buurtcentraByWijk.set(w, []);
      buurtcentraByWijk.get(w).push(bc);
    }
  }
  return { address, buurtcentra, buurtcentraByWijk, phone, orgRoomTotal, roomTotal };
}
