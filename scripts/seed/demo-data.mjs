// Fictional demo data for MZO-gids Utrecht: organisations, activities, rooms, contacts, support offers
// and consultations, in Dutch (B1) and English. Pure and dependency-free apart from the content model's
// constants; deterministic: the same arguments always give the same output (seeded PRNG, no clock).
//
// Every organisation and person is invented. Mailboxes are at example.org, phone numbers are in the
// unused 030-1xx range, websites are <slug>.example.org. Real names appear only for places (wijken,
// buurten) and for the support providers the brief names (DOCK, Vrijwilligerscentrale, Initiatievenfonds).
//
// One module per entity in ./demo/ (places, organisations, rooms, activities, contacts, support offers,
// consultations), each a step that takes what the earlier steps made; the tables they draw from (themes,
// names, templates) and the helpers (randomness, text, dates) are modules of their own there too. The steps
// run in this order on one random stream, so the output is the same as ever for the same arguments.
import { WIJKEN } from '@mzo/content-types';
import { generateActivities } from './demo/activities.mjs';
import { generateConsultations } from './demo/consultations.mjs';
import { generateContacts } from './demo/contacts.mjs';
import { dayToIso, parseDay } from './demo/dates.mjs';
import { generateOrganisations } from './demo/organisations.mjs';
import { generatePlaces } from './demo/places.mjs';
import { makeRandom } from './demo/random.mjs';
import { generateRooms } from './demo/rooms.mjs';
import { generateSupportOffers } from './demo/support-offers.mjs';
import { COMMUNITIES, LANGUAGES, TARGET_GROUPS, THEMES, WIJK_INFO } from './demo/taxonomies.mjs';
import { withTranslations } from './demo-translations.mjs';

export { referenceMonday } from './demo/dates.mjs';
export { slugify } from './demo/text.mjs';

/**
 * Generates fictional demo data. Same arguments → identical output.
 * @param {{organisations?: number, activitiesPerOrganisation?: number, roomsPerOrganisation?: number,
 *   contactsPerOrganisation?: number, referenceDate?: string, seed?: number}} [options]
 */
export function generateDemoData({
  organisations = 40,
  activitiesPerOrganisation,
  roomsPerOrganisation,
  contactsPerOrganisation = 2,
  referenceDate = '2026-11-30',
  seed = 1,
} = {}) {
  const N = Math.max(0, Math.floor(organisations));
  const small = N <= 60;
  const perOrgActivities = activitiesPerOrganisation ?? (small ? 2 : 5);
  const perOrgRooms = roomsPerOrganisation ?? (small ? 0.5 : 0.3);
  const rnd = makeRandom(seed);
  const ref = parseDay(referenceDate);
  const refIso = dayToIso(ref);

  const wijkBySlug = new Map(WIJKEN.map((w) => [w.slug, w]));
  const wijkSlugs = WIJKEN.map((w) => w.slug);

  // Each step takes what the earlier ones made; they run in this order on the one random stream.
  const base = { N, small, perOrgActivities, perOrgRooms, contactsPerOrganisation, rnd, ref, refIso, wijkBySlug, wijkSlugs };
  const withPlaces = { ...base, ...generatePlaces(base) };
  const withOrgs = { ...withPlaces, ...generateOrganisations(withPlaces) };
  const withRooms = { ...withOrgs, ...generateRooms(withOrgs) };
  const { activities } = generateActivities(withRooms);
  const { contacts } = generateContacts(withRooms);
  const { supportOffers } = generateSupportOffers();
  const { consultations } = generateConsultations(withRooms);
  const { orgs, rooms } = withRooms;

  // The list builder's worked example ("whom do I consult about older people in Zuidwest?") needs an
  // answer: an opted-in organisation for older people that is not there yet also serves Zuidwest.
  // Done last and without randomness, so nothing else in the data moves.
  const forOlderPeople = (o) => o.consultationOptIn && o.targetGroups.includes('ouderen');
  if (!orgs.some((o) => forOlderPeople(o) && o.serves.includes('zuidwest'))) {
    const nearby = orgs.find((o) => forOlderPeople(o) && o.legalForm !== 'informeel-netwerk');
    if (nearby) nearby.serves.push('zuidwest');
  }

  // --- assemble ------------------------------------------------------------------------------------
  // A stream of its own, so the rest of the data stays as it was.
  const access = makeRandom(Number(seed) + 7919);
  // The names and summaries in the guide's other languages (./demo-translations.mjs) are merged in last.
  return withTranslations({
    referenceDate: refIso,
    themes: THEMES.map((t) => ({ slug: t.slug, name: t.name, description: t.description, icon: t.icon, sensitive: !!t.sensitive })),
    wijken: WIJKEN.map((w) => ({ slug: w.slug, code: w.code, name: w.name, description: WIJK_INFO[w.slug].description })),
    communities: COMMUNITIES.map((c) => ({ slug: c.slug, name: c.name })),
    languages: LANGUAGES.map((l) => ({ slug: l.slug, code: l.code, nativeName: l.nativeName, name: l.name })),
    targetGroups: TARGET_GROUPS.map((t) => ({ slug: t.slug, name: t.name })),
    organisations: orgs.map((o) => ({
      slug: o.slug,
      name: o.name,
      alternateName: o.alternateName,
      summary: o.summary,
      description: o.description,
      legalForm: o.legalForm,
      kvkNumber: o.kvkNumber,
      foundedYear: o.foundedYear,
      status: o.status,
      website: o.website,
      email: o.email,
      phone: o.phone,
      socialLinks: o.socialLinks,
      address: o.address,
      wheelchairAccessible: Boolean(o.address) && access.chance(0.6),
      locatedIn: o.locatedIn,
      serves: o.serves,
      themes: o.themes,
      hiddenThemes: o.hiddenThemes,
      communities: o.comms.map((c) => c.slug),
      languages: o.languages,
      targetGroups: o.targetGroups,
      reachEstimate: o.reachEstimate,
      reachNote: o.reachNote,
      channels: o.channels,
      consultationOptIn: o.consultationOptIn,
      consultationThemes: o.consultationThemes,
      consultationChannel: o.consultationChannel,
      consultationLanguages: o.consultationLanguages,
      consultationLeadTimeWeeks: o.consultationLeadTimeWeeks,
      namedInConsultations: o.namedInConsultations,
      supportNeeds: o.supportNeeds,
      lastConfirmed: o.lastConfirmed,
      memberOf: o.memberOf,
      partners: o.partners,
      confirmedMembers: o.confirmedMembers,
      published: o.published,
    })),
    rooms,
    activities,
    contacts,
    supportOffers,
    consultations,
  });
}

export default generateDemoData;
