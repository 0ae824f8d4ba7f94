/**
 * The content model of MZO-gids Utrecht. Strapi's schemas (cms/src/api, cms/src/components) are
 * generated from this file by `npm run generate`; the site's loaders validate REST responses with the
 * zod schemas derived here. Change a field here, never in the CMS.
 *
 * HSDS 3.0 mapping: organisation → organization; activity → service (+ schedule from start/end/recurrence);
 * room / address → location + address; contact-person → contact (+ phone); theme, wijk, community, language,
 * target-group → taxonomy terms. Rooms, consultations, reach and needs are extensions (see docs/content-model.md).
 */
import {
  blocks,
  boolean,
  component,
  date,
  datetime,
  decimal,
  email,
  enumeration,
  image,
  integer,
  json,
  relation,
  string,
  text,
  uid,
} from './fields.ts';
import { defineComponent, defineType } from './define.ts';
import { ROOM_TARIFFS } from './utrecht.ts';

export const LEGAL_FORMS = ['stichting', 'vereniging', 'religieuze-organisatie', 'informeel-netwerk', 'koepel'] as const;
export const ORGANISATION_STATUSES = ['actief', 'nieuw', 'slapend'] as const;
export const CHANNELS = [
  'whatsapp',
  'facebook',
  'instagram',
  'tiktok',
  'telegram',
  'signal',
  'youtube',
  'gebedshuis',
  'nieuwsbrief',
  'bijeenkomsten',
  'mond-tot-mond',
  'radio',
] as const;
export const SOCIAL_PLATFORMS = ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'whatsapp', 'telegram', 'overig'] as const;
export const SUPPORT_NEEDS = [
  'bestuursleden',
  'vrijwilligers',
  'financiering',
  'eherkenning',
  'initiatievenfonds',
  'ruimte',
  'training',
  'communicatie',
] as const;
export const CONSULTATION_CHANNELS = ['email', 'telefoon', 'whatsapp', 'bijeenkomst', 'via-koepel'] as const;
export const CONTACT_VISIBILITIES = ['public', 'officials', 'hidden'] as const;
export const CONSULTATION_STATUSES = ['planned', 'running', 'closed', 'outcome-published'] as const;
export const SUPPORT_PROVIDER_KINDS = ['sociaal-makelaar', 'vrijwilligerscentrale', 'initiatievenfonds', 'training', 'overig'] as const;
export const SUGGESTION_KINDS = ['new-network', 'correction'] as const;
export const SUGGESTION_STATUSES = ['new', 'in-review', 'done', 'rejected'] as const;
export const ROOM_SIZE_CLASS_NAMES = ['S', 'M', 'L', 'XL'] as const;

const localizedText = (max?: number) => text({ localized: true, ...(max ? { maxLength: max } : {}) });

export const address = defineComponent({
  key: 'shared.address',
  displayName: 'Adres',
  description: 'Postadres met coördinaten (WGS84) en CBS-buurtcode',
  icon: 'pinMap',
  attributes: {
    street: string({ maxLength: 120 }),
    houseNumber: string({ maxLength: 10 }),
    houseNumberAddition: string({ maxLength: 10 }),
    postcode: string({ maxLength: 7, format: 'postcode' }),
    city: string({ maxLength: 80 }),
    latitude: decimal({ format: 'latitude' }),
    longitude: decimal({ format: 'longitude' }),
    buurtCode: string({ maxLength: 10 }),
  },
});

export const socialLink = defineComponent({
  key: 'shared.social-link',
  displayName: 'Sociale media',
  icon: 'link',
  attributes: {
    platform: enumeration(SOCIAL_PLATFORMS, { required: true }),
    url: string({ required: true, maxLength: 300, format: 'url' }),
  },
});

export const channel = defineComponent({
  key: 'organisation.channel',
  displayName: 'Kanaal',
  description: 'Hoe de organisatie haar achterban bereikt',
  icon: 'message',
  attributes: {
    kind: enumeration(CHANNELS, { required: true }),
    note: string({ maxLength: 160 }),
  },
});

export const supportNeed = defineComponent({
  key: 'organisation.support-need',
  displayName: 'Ondersteuningsvraag',
  icon: 'question',
  attributes: {
    need: enumeration(SUPPORT_NEEDS, { required: true }),
    note: string({ maxLength: 300 }),
    /** Shown on the organisation page as a public call (e.g. "we zoeken een penningmeester"). */
    publicCall: boolean({ default: false }),
  },
});

export const supportAnswer = defineComponent({
  key: 'support.answer',
  displayName: 'Beantwoordt vraag',
  icon: 'check',
  attributes: {
    need: enumeration(SUPPORT_NEEDS, { required: true }),
  },
});

export const buurt = defineComponent({
  key: 'wijk.buurt',
  displayName: 'Buurt',
  icon: 'pinMap',
  attributes: {
    code: string({ required: true, maxLength: 10 }),
    name: string({ required: true, maxLength: 80 }),
  },
});

export const COMPONENTS = [address, socialLink, channel, supportNeed, supportAnswer, buurt] as const;

export const theme = defineType({
  name: 'theme',
  pluralName: 'themes',
  displayName: 'Thema',
  description: 'Onderwerp waarop organisaties actief zijn; gevoelige thema’s zijn alleen publiek waar de organisatie dat kiest',
  draftAndPublish: false,
  localized: true,
  attributes: {
    name: string({ required: true, localized: true, maxLength: 80 }),
    slug: uid('name'),
    description: localizedText(500),
    icon: string({ maxLength: 40 }),
    sensitive: boolean({ default: false }),
  },
});

export const wijk = defineType({
  name: 'wijk',
  pluralName: 'wijken',
  displayName: 'Wijk',
  description: 'Een van de tien wijken van Utrecht, met CBS-code',
  draftAndPublish: false,
  localized: true,
  attributes: {
    name: string({ required: true, maxLength: 80 }),
    slug: uid('name'),
    code: string({ required: true, maxLength: 8 }),
    description: localizedText(500),
    boundary: json(),
    buurten: component('wijk.buurt', buurt.schema, { repeatable: true }),
  },
});

export const community = defineType({
  name: 'community',
  pluralName: 'communities',
  displayName: 'Gemeenschap',
  description: 'Gemeenschap die een organisatie bereikt',
  draftAndPublish: false,
  localized: true,
  attributes: {
    name: string({ required: true, localized: true, maxLength: 80 }),
    slug: uid('name'),
  },
});

export const language = defineType({
  name: 'language',
  pluralName: 'languages',
  displayName: 'Taal',
  description: 'Taal die een organisatie of activiteit gebruikt',
  draftAndPublish: false,
  localized: true,
  attributes: {
    name: string({ required: true, localized: true, maxLength: 80 }),
    slug: uid('name'),
    /** ISO 639-1 code where there is one, otherwise ISO 639-3. */
    code: string({ required: true, maxLength: 3 }),
    nativeName: string({ maxLength: 80 }),
  },
});

export const targetGroup = defineType({
  name: 'target-group',
  pluralName: 'target-groups',
  displayName: 'Doelgroep',
  description: 'Voor wie een organisatie of activiteit is',
  draftAndPublish: false,
  localized: true,
  attributes: {
    name: string({ required: true, localized: true, maxLength: 80 }),
    slug: uid('name'),
  },
});

export const organisation = defineType({
  name: 'organisation',
  pluralName: 'organisations',
  displayName: 'Organisatie',
  description: 'Een migrantenzelforganisatie, vereniging, religieuze organisatie of informeel netwerk',
  draftAndPublish: true,
  localized: true,
  attributes: {
    name: string({ required: true, maxLength: 120 }),
    slug: uid('name'),
    alternateName: string({ maxLength: 120 }),
    summary: text({ required: true, localized: true, maxLength: 300 }),
    description: blocks({ localized: true }),
    legalForm: enumeration(LEGAL_FORMS, { required: true }),
    kvkNumber: string({ maxLength: 8, format: 'kvk' }),
    foundedYear: integer({ min: 1900, max: 2100, format: 'year' }),
    organisationStatus: enumeration(ORGANISATION_STATUSES, { default: 'actief' }),
    logo: image(),
    website: string({ maxLength: 300, format: 'url' }),
    email: email(),
    phone: string({ maxLength: 20, format: 'phone' }),
    socialLinks: component('shared.social-link', socialLink.schema, { repeatable: true }),
    address: component('shared.address', address.schema),
    locatedIn: relation('manyToOne', 'wijk'),
    serves: relation('manyToMany', 'wijk'),
    themes: relation('manyToMany', 'theme'),
    /** Sensitive themes the organisation did not choose to show: visible in the CMS only. */
    hiddenThemes: relation('manyToMany', 'theme', { private: true }),
    communities: relation('manyToMany', 'community'),
    languages: relation('manyToMany', 'language'),
    targetGroups: relation('manyToMany', 'target-group'),
    reachEstimate: integer({ min: 0, max: 1_000_000 }),
    reachNote: string({ localized: true, maxLength: 200 }),
    channels: component('organisation.channel', channel.schema, { repeatable: true }),
    consultationOptIn: boolean({ default: false }),
    consultationThemes: relation('manyToMany', 'theme'),
    consultationChannel: enumeration(CONSULTATION_CHANNELS),
    consultationLanguages: relation('manyToMany', 'language'),
    consultationLeadTimeWeeks: integer({ min: 0, max: 52 }),
    supportNeeds: component('organisation.support-need', supportNeed.schema, { repeatable: true }),
    lastConfirmed: date(),
    /** The admin users (MZO volunteers) who may edit this organisation. */
    editors: relation('manyToMany', 'admin::user', { private: true }),
    memberOf: relation('manyToMany', 'organisation', { inversedBy: 'members' }),
    members: relation('manyToMany', 'organisation', { mappedBy: 'memberOf' }),
    partners: relation('manyToMany', 'organisation'),
    activities: relation('oneToMany', 'activity', { mappedBy: 'organisation' }),
    rooms: relation('oneToMany', 'room', { mappedBy: 'providerOrganisation' }),
    /** Never populated through the organisation: public contacts come from the contact-person API only. */
    contacts: relation('oneToMany', 'contact-person', { mappedBy: 'organisation', private: true }),
    editorNotes: text({ private: true, maxLength: 2000 }),
  },
});

export const room = defineType({
  name: 'room',
  pluralName: 'rooms',
  displayName: 'Ruimte',
  description: 'Een ruimte voor activiteiten, in een buurtcentrum of van een organisatie',
  draftAndPublish: true,
  localized: true,
  attributes: {
    name: string({ required: true, maxLength: 120 }),
    slug: uid('name'),
    description: localizedText(1000),
    providerName: string({ maxLength: 120 }),
    providerOrganisation: relation('manyToOne', 'organisation', { inversedBy: 'rooms' }),
    address: component('shared.address', address.schema),
    wijk: relation('manyToOne', 'wijk'),
    sizeClass: enumeration(ROOM_SIZE_CLASS_NAMES, { required: true }),
    areaM2: decimal({ min: 3, max: 500 }),
    capacity: integer({ required: true, min: 1, max: 2000 }),
    tariff: enumeration(ROOM_TARIFFS, { required: true }),
    kitchen: boolean({ default: false }),
    prayerRoom: boolean({ default: false }),
    wheelchairAccessible: boolean({ default: false }),
    childcare: boolean({ default: false }),
    projector: boolean({ default: false }),
    wifi: boolean({ default: false }),
    bookingUrl: string({ maxLength: 300, format: 'url' }),
    bookingEmail: email(),
    bookingPhone: string({ maxLength: 20, format: 'phone' }),
    activities: relation('oneToMany', 'activity', { mappedBy: 'room' }),
  },
});

export const activity = defineType({
  name: 'activity',
  pluralName: 'activities',
  displayName: 'Activiteit',
  description: 'Een activiteit van een organisatie, eenmalig of terugkerend',
  draftAndPublish: true,
  localized: true,
  attributes: {
    title: string({ required: true, localized: true, maxLength: 120 }),
    slug: uid('title'),
    organisation: relation('manyToOne', 'organisation', { inversedBy: 'activities' }),
    summary: text({ localized: true, maxLength: 300 }),
    description: blocks({ localized: true }),
    startsAt: datetime({ required: true }),
    endsAt: datetime(),
    /** iCal RRULE without DTSTART (e.g. `FREQ=WEEKLY;BYDAY=SA`); expanded in Europe/Amsterdam from startsAt. */
    recurrence: string({ maxLength: 300, format: 'rrule' }),
    room: relation('manyToOne', 'room', { inversedBy: 'activities' }),
    address: component('shared.address', address.schema),
    wijk: relation('manyToOne', 'wijk'),
    themes: relation('manyToMany', 'theme'),
    languages: relation('manyToMany', 'language'),
    targetGroups: relation('manyToMany', 'target-group'),
    free: boolean({ default: true }),
    cost: string({ localized: true, maxLength: 120 }),
    registrationUrl: string({ maxLength: 300, format: 'url' }),
    audience: string({ localized: true, maxLength: 200 }),
  },
});

export const contactPerson = defineType({
  name: 'contact-person',
  pluralName: 'contact-persons',
  displayName: 'Contactpersoon',
  description: 'Contactpersoon van een organisatie; zichtbaarheid per persoon, met datum van toestemming',
  draftAndPublish: false,
  localized: false,
  attributes: {
    name: string({ required: true, maxLength: 120 }),
    role: string({ maxLength: 120 }),
    email: email(),
    phone: string({ maxLength: 20, format: 'phone' }),
    languages: relation('manyToMany', 'language'),
    organisation: relation('manyToOne', 'organisation', { inversedBy: 'contacts' }),
    /** public: on the site; officials: municipal staff in the CMS only; hidden: editors only. */
    visibility: enumeration(CONTACT_VISIBILITIES, { required: true, default: 'officials' }),
    consentDate: date({ private: true }),
    consentNote: text({ private: true, maxLength: 500 }),
  },
});

export const supportOffer = defineType({
  name: 'support-offer',
  pluralName: 'support-offers',
  displayName: 'Ondersteuningsaanbod',
  description: 'Ondersteuning voor organisaties: sociaal makelaar, Vrijwilligerscentrale, Initiatievenfonds, trainingen',
  draftAndPublish: false,
  localized: true,
  attributes: {
    title: string({ required: true, localized: true, maxLength: 120 }),
    slug: uid('title'),
    providerKind: enumeration(SUPPORT_PROVIDER_KINDS, { required: true }),
    providerName: string({ required: true, maxLength: 120 }),
    description: localizedText(1000),
    answers: component('support.answer', supportAnswer.schema, { repeatable: true }),
    /** Empty means: in all wijken. */
    wijken: relation('manyToMany', 'wijk'),
    website: string({ maxLength: 300, format: 'url' }),
    email: email(),
    phone: string({ maxLength: 20, format: 'phone' }),
  },
});

export const consultation = defineType({
  name: 'consultation',
  pluralName: 'consultations',
  displayName: 'Consultatie',
  description: 'Een raadpleging door de gemeente, met wie meedeed en wat er met de inbreng gebeurde',
  draftAndPublish: true,
  localized: true,
  attributes: {
    title: string({ required: true, localized: true, maxLength: 160 }),
    slug: uid('title'),
    date: date({ required: true }),
    organiser: string({ required: true, maxLength: 120 }),
    summary: localizedText(1000),
    themes: relation('manyToMany', 'theme'),
    wijken: relation('manyToMany', 'wijk'),
    invited: relation('manyToMany', 'organisation'),
    participants: relation('manyToMany', 'organisation'),
    consultationStatus: enumeration(CONSULTATION_STATUSES, { required: true, default: 'planned' }),
    outcomeSummary: localizedText(2000),
    outcomeUrl: string({ maxLength: 300, format: 'url' }),
    outcomeDate: date(),
  },
});

export const suggestion = defineType({
  name: 'suggestion',
  pluralName: 'suggestions',
  displayName: 'Suggestie',
  description: 'Een tip (nieuw netwerk) of correctie van een bezoeker; alleen voor redacteuren, nooit publiek',
  draftAndPublish: false,
  localized: false,
  attributes: {
    kind: enumeration(SUGGESTION_KINDS, { required: true }),
    organisation: relation('manyToOne', 'organisation'),
    organisationName: string({ maxLength: 120 }),
    message: text({ required: true, maxLength: 2000 }),
    wijkName: string({ maxLength: 80 }),
    submitterName: string({ maxLength: 120, private: true }),
    submitterEmail: email({ private: true }),
    consentAt: datetime({ private: true }),
    status: enumeration(SUGGESTION_STATUSES, { default: 'new' }),
    reviewNote: text({ private: true, maxLength: 2000 }),
  },
});

/** Every content type, in dependency order (taxonomies first). */
export const TYPES = [
  theme,
  wijk,
  community,
  language,
  targetGroup,
  organisation,
  room,
  activity,
  contactPerson,
  supportOffer,
  consultation,
  suggestion,
] as const;

export type TypeName = (typeof TYPES)[number]['name'];

/** The types the public site reads. Suggestions are never public. */
export const PUBLIC_TYPES = TYPES.filter((t) => t.name !== 'suggestion');

export function typeByName(name: string) {
  const t = TYPES.find((type) => type.name === name);
  if (!t) throw new Error(`Unknown content type "${name}"`);
  return t;
}
