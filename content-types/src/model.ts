/**
 * The content model of MZO-gids Utrecht. Strapi's schemas (cms/src/api, cms/src/components) are
 * generated from this file by `npm run generate`; the site's loaders validate REST responses with the
 * zod schemas derived here. Change a field here, never in the CMS.
 *
 * HSDS 3.0 mapping: organisation → organization; activity → service (+ schedule from start/end/recurrence);
 * room / address → location + address; contact-person → contact (+ phone); theme, wijk, community, language,
 * target-group → taxonomy terms. Rooms, consultations, reach and needs are extensions (see docs/content-model.md).
 */
import { blocks, boolean, component, date, datetime, decimal, email, enumeration, image, integer, json, relation, string, text, uid } from './fields.ts';
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
/** How an address's street, city and coordinates were obtained (see the CMS's PDOK lookup). */
export const ADDRESS_CHECKS = ['found', 'not-found', 'unreachable', 'manual'] as const;

/** Field labels for the admin panel and for validation messages, Dutch and English. */
type Label = { nl: string; en: string };
const L = {
  name: { nl: 'Naam', en: 'Name' },
  title: { nl: 'Titel', en: 'Title' },
  slug: { nl: 'Webadres (slug)', en: 'Web address (slug)' },
  description: { nl: 'Beschrijving', en: 'Description' },
  summary: { nl: 'Korte beschrijving', en: 'Summary' },
  street: { nl: 'Straat', en: 'Street' },
  houseNumber: { nl: 'Huisnummer', en: 'House number' },
  houseNumberAddition: { nl: 'Toevoeging', en: 'Addition' },
  postcode: { nl: 'Postcode', en: 'Postcode' },
  city: { nl: 'Plaats', en: 'City' },
  latitude: { nl: 'Breedtegraad', en: 'Latitude' },
  longitude: { nl: 'Lengtegraad', en: 'Longitude' },
  buurtCode: { nl: 'Buurtcode (CBS)', en: 'Neighbourhood code (CBS)' },
  addressCheck: { nl: 'Adrescontrole (PDOK)', en: 'Address check (PDOK)' },
  platform: { nl: 'Platform', en: 'Platform' },
  url: { nl: 'Link', en: 'Link' },
  channel: { nl: 'Kanaal', en: 'Channel' },
  note: { nl: 'Toelichting', en: 'Note' },
  need: { nl: 'Vraag', en: 'Need' },
  publicCall: { nl: 'Oproep op de website', en: 'Public call on the website' },
  cbsCode: { nl: 'CBS-code', en: 'CBS code' },
  icon: { nl: 'Icoon', en: 'Icon' },
  sensitive: { nl: 'Gevoelig thema', en: 'Sensitive theme' },
  boundary: { nl: 'Grens (GeoJSON)', en: 'Boundary (GeoJSON)' },
  buurten: { nl: 'Buurten', en: 'Neighbourhoods' },
  languageCode: { nl: 'Taalcode (ISO 639)', en: 'Language code (ISO 639)' },
  nativeName: { nl: 'Naam in de taal zelf', en: 'Native name' },
  alternateName: { nl: 'Andere naam', en: 'Other name' },
  legalForm: { nl: 'Rechtsvorm', en: 'Legal form' },
  kvkNumber: { nl: 'KvK-nummer', en: 'Chamber of Commerce (KvK) number' },
  foundedYear: { nl: 'Opgericht in (jaar)', en: 'Year founded' },
  status: { nl: 'Status', en: 'Status' },
  logo: { nl: 'Logo', en: 'Logo' },
  website: { nl: 'Website', en: 'Website' },
  email: { nl: 'E-mailadres', en: 'E-mail address' },
  phone: { nl: 'Telefoonnummer', en: 'Phone number' },
  socialLinks: { nl: 'Sociale media', en: 'Social media' },
  address: { nl: 'Adres', en: 'Address' },
  locatedIn: { nl: 'Gevestigd in wijk', en: 'Located in wijk' },
  serves: { nl: 'Actief in wijken', en: 'Active in wijken' },
  themes: { nl: 'Thema’s', en: 'Themes' },
  hiddenThemes: { nl: 'Verborgen thema’s', en: 'Hidden themes' },
  communities: { nl: 'Gemeenschappen', en: 'Communities' },
  languages: { nl: 'Talen', en: 'Languages' },
  targetGroups: { nl: 'Doelgroepen', en: 'Target groups' },
  reachEstimate: { nl: 'Bereik (aantal mensen)', en: 'Reach (number of people)' },
  reachNote: { nl: 'Toelichting bij bereik', en: 'Note on reach' },
  channels: { nl: 'Kanalen', en: 'Channels' },
  consultationOptIn: { nl: 'Wil meedenken met de gemeente', en: 'Open to consultation' },
  consultationThemes: { nl: 'Thema’s om mee te denken', en: 'Consultation themes' },
  consultationChannel: { nl: 'Zo bereikt de gemeente ons', en: 'How to consult us' },
  consultationLanguages: { nl: 'Talen om mee te denken', en: 'Consultation languages' },
  consultationLeadTimeWeeks: { nl: 'Voorbereidingstijd (weken)', en: 'Lead time (weeks)' },
  namedInConsultations: { nl: 'Onze naam mag bij raadplegingen staan', en: 'May be named in consultation records' },
  supportNeeds: { nl: 'Ondersteuningsvragen', en: 'Support needs' },
  lastConfirmed: { nl: 'Laatst gecontroleerd', en: 'Last confirmed' },
  editors: { nl: 'Beheerders (vrijwilligers)', en: 'Editors (volunteers)' },
  memberOf: { nl: 'Lid van', en: 'Member of' },
  members: { nl: 'Leden', en: 'Members' },
  confirmedMembers: { nl: 'Bevestigde leden', en: 'Confirmed members' },
  partners: { nl: 'Partners', en: 'Partners' },
  activities: { nl: 'Activiteiten', en: 'Activities' },
  rooms: { nl: 'Ruimtes', en: 'Rooms' },
  contacts: { nl: 'Contactpersonen', en: 'Contact people' },
  editorNotes: { nl: 'Notities van de redactie', en: 'Editor notes' },
  providerName: { nl: 'Aanbieder', en: 'Provider' },
  providerOrganisation: { nl: 'Organisatie die de ruimte aanbiedt', en: 'Organisation offering the room' },
  wijk: { nl: 'Wijk', en: 'Wijk' },
  wijken: { nl: 'Wijken', en: 'Wijken' },
  sizeClass: { nl: 'Grootteklasse', en: 'Size class' },
  areaM2: { nl: 'Oppervlakte (m²)', en: 'Area (m²)' },
  capacity: { nl: 'Aantal personen', en: 'Capacity (people)' },
  tariff: { nl: 'Tarief', en: 'Tariff' },
  kitchen: { nl: 'Keuken', en: 'Kitchen' },
  prayerRoom: { nl: 'Gebedsruimte', en: 'Prayer room' },
  wheelchairAccessible: { nl: 'Toegankelijk met rolstoel', en: 'Wheelchair accessible' },
  childcare: { nl: 'Kinderopvang', en: 'Childcare' },
  projector: { nl: 'Beamer', en: 'Projector' },
  wifi: { nl: 'Wifi', en: 'Wi-fi' },
  bookingUrl: { nl: 'Link om te reserveren', en: 'Booking link' },
  bookingEmail: { nl: 'E-mailadres om te reserveren', en: 'Booking e-mail address' },
  bookingPhone: { nl: 'Telefoonnummer om te reserveren', en: 'Booking phone number' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  startsAt: { nl: 'Begint op', en: 'Starts at' },
  endsAt: { nl: 'Eindigt op', en: 'Ends at' },
  recurrence: { nl: 'Herhaling', en: 'Recurrence' },
  room: { nl: 'Ruimte', en: 'Room' },
  free: { nl: 'Gratis', en: 'Free' },
  cost: { nl: 'Kosten', en: 'Cost' },
  registrationUrl: { nl: 'Link om je aan te melden', en: 'Registration link' },
  audience: { nl: 'Voor wie', en: 'Audience' },
  role: { nl: 'Rol', en: 'Role' },
  visibility: { nl: 'Zichtbaarheid', en: 'Visibility' },
  consentDate: { nl: 'Datum van toestemming', en: 'Consent date' },
  consentNote: { nl: 'Toelichting bij toestemming', en: 'Consent note' },
  providerKind: { nl: 'Soort aanbieder', en: 'Kind of provider' },
  answers: { nl: 'Helpt bij', en: 'Answers' },
  date: { nl: 'Datum', en: 'Date' },
  organiser: { nl: 'Organisator', en: 'Organiser' },
  invited: { nl: 'Uitgenodigd', en: 'Invited' },
  participants: { nl: 'Deelnemers', en: 'Participants' },
  outcomeSummary: { nl: 'Wat er met de inbreng gebeurde', en: 'What happened with the input' },
  outcomeUrl: { nl: 'Link naar de uitkomst', en: 'Link to the outcome' },
  outcomeDate: { nl: 'Datum van de uitkomst', en: 'Outcome date' },
  kind: { nl: 'Soort', en: 'Kind' },
  organisationName: { nl: 'Naam van de organisatie', en: 'Organisation name' },
  message: { nl: 'Bericht', en: 'Message' },
  wijkName: { nl: 'Wijk', en: 'Wijk' },
  submitterName: { nl: 'Naam van de inzender', en: 'Name of the sender' },
  submitterEmail: { nl: 'E-mailadres van de inzender', en: 'E-mail address of the sender' },
  consentAt: { nl: 'Toestemming gegeven op', en: 'Consent given at' },
  reviewNote: { nl: 'Notitie van de redactie', en: 'Review note' },
} satisfies Record<string, Label>;

const localizedText = (max: number | undefined, label: Label) => text({ localized: true, label, ...(max ? { maxLength: max } : {}) });

export const address = defineComponent({
  key: 'shared.address',
  displayName: 'Adres',
  description: 'Postadres met coördinaten (WGS84) en CBS-buurtcode',
  icon: 'pinMap',
  attributes: {
    street: string({ maxLength: 120, label: L.street }),
    houseNumber: string({ maxLength: 10, label: L.houseNumber }),
    houseNumberAddition: string({ maxLength: 10, label: L.houseNumberAddition }),
    postcode: string({ maxLength: 7, format: 'postcode', label: L.postcode }),
    city: string({ maxLength: 80, label: L.city }),
    latitude: decimal({ format: 'latitude', label: L.latitude }),
    longitude: decimal({ format: 'longitude', label: L.longitude }),
    buurtCode: string({ maxLength: 10, label: L.buurtCode }),
    /** Not public: whether the PDOK lookup confirmed this address, or why the location is as entered (the CMS's panel shows it). */
    addressCheck: enumeration(ADDRESS_CHECKS, { private: true, cmsReaders: 'roles', label: L.addressCheck }),
  },
});

export const socialLink = defineComponent({
  key: 'shared.social-link',
  displayName: 'Sociale media',
  icon: 'link',
  attributes: {
    platform: enumeration(SOCIAL_PLATFORMS, { required: true, label: L.platform }),
    url: string({ required: true, maxLength: 300, format: 'url', label: L.url }),
  },
});

export const channel = defineComponent({
  key: 'organisation.channel',
  displayName: 'Kanaal',
  description: 'Hoe de organisatie haar achterban bereikt',
  icon: 'message',
  attributes: {
    kind: enumeration(CHANNELS, { required: true, label: L.channel }),
    note: string({ maxLength: 160, label: L.note }),
  },
});

export const supportNeed = defineComponent({
  key: 'organisation.support-need',
  displayName: 'Ondersteuningsvraag',
  icon: 'question',
  attributes: {
    need: enumeration(SUPPORT_NEEDS, { required: true, label: L.need }),
    note: string({ maxLength: 300, label: L.note }),
    /** Shown on the organisation page as a public call (e.g. "we zoeken een penningmeester"). */
    publicCall: boolean({ default: false, label: L.publicCall }),
  },
});

export const supportAnswer = defineComponent({
  key: 'support.answer',
  displayName: 'Beantwoordt vraag',
  icon: 'check',
  attributes: {
    need: enumeration(SUPPORT_NEEDS, { required: true, label: L.need }),
  },
});

export const buurt = defineComponent({
  key: 'wijk.buurt',
  displayName: 'Buurt',
  icon: 'pinMap',
  attributes: {
    code: string({ required: true, maxLength: 10, label: L.cbsCode }),
    name: string({ required: true, maxLength: 80, label: L.name }),
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
    name: string({ required: true, localized: true, maxLength: 80, label: L.name }),
    slug: uid('name', { label: L.slug }),
    description: localizedText(500, L.description),
    icon: string({ maxLength: 40, label: L.icon }),
    sensitive: boolean({ default: false, label: L.sensitive }),
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
    name: string({ required: true, maxLength: 80, label: L.name }),
    slug: uid('name', { label: L.slug }),
    code: string({ required: true, maxLength: 8, label: L.cbsCode }),
    description: localizedText(500, L.description),
    boundary: json({ label: L.boundary }),
    buurten: component('wijk.buurt', buurt.schema, { repeatable: true, label: L.buurten }),
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
    name: string({ required: true, localized: true, maxLength: 80, label: L.name }),
    slug: uid('name', { label: L.slug }),
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
    name: string({ required: true, localized: true, maxLength: 80, label: L.name }),
    slug: uid('name', { label: L.slug }),
    /** ISO 639-1 code where there is one, otherwise ISO 639-3. */
    code: string({ required: true, maxLength: 3, label: L.languageCode }),
    nativeName: string({ maxLength: 80, label: L.nativeName }),
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
    name: string({ required: true, localized: true, maxLength: 80, label: L.name }),
    slug: uid('name', { label: L.slug }),
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
    name: string({ required: true, maxLength: 120, label: L.name }),
    slug: uid('name', { label: L.slug }),
    alternateName: string({ maxLength: 120, label: L.alternateName }),
    summary: text({ required: true, localized: true, maxLength: 300, label: L.summary }),
    description: blocks({ localized: true, label: L.description }),
    legalForm: enumeration(LEGAL_FORMS, { required: true, label: L.legalForm }),
    kvkNumber: string({ maxLength: 8, format: 'kvk', label: L.kvkNumber }),
    foundedYear: integer({ min: 1900, max: 2100, format: 'year', label: L.foundedYear, customField: 'global::year' }),
    organisationStatus: enumeration(ORGANISATION_STATUSES, { default: 'actief', label: L.status }),
    logo: image({ label: L.logo }),
    website: string({ maxLength: 300, format: 'url', label: L.website }),
    email: email({ label: L.email }),
    phone: string({ maxLength: 20, format: 'phone', label: L.phone }),
    socialLinks: component('shared.social-link', socialLink.schema, { repeatable: true, label: L.socialLinks }),
    address: component('shared.address', address.schema, { label: L.address }),
    wheelchairAccessible: boolean({
      default: false,
      label: L.wheelchairAccessible,
      site: { shown: true, facet: 'rolstoel', column: 'wheelchair_accessible' },
    }),
    locatedIn: relation('manyToOne', 'wijk', { label: L.locatedIn }),
    serves: relation('manyToMany', 'wijk', { label: L.serves }),
    themes: relation('manyToMany', 'theme', { label: L.themes }),
    /** Sensitive themes the organisation did not choose to show: visible in the CMS only. */
    hiddenThemes: relation('manyToMany', 'theme', { private: true, cmsReaders: 'roles', label: L.hiddenThemes }),
    communities: relation('manyToMany', 'community', { label: L.communities }),
    languages: relation('manyToMany', 'language', { label: L.languages }),
    targetGroups: relation('manyToMany', 'target-group', { label: L.targetGroups }),
    reachEstimate: integer({ min: 0, max: 1_000_000, label: L.reachEstimate }),
    reachNote: string({ localized: true, maxLength: 200, label: L.reachNote }),
    channels: component('organisation.channel', channel.schema, { repeatable: true, label: L.channels }),
    consultationOptIn: boolean({ default: false, label: L.consultationOptIn }),
    consultationThemes: relation('manyToMany', 'theme', { label: L.consultationThemes }),
    consultationChannel: enumeration(CONSULTATION_CHANNELS, { label: L.consultationChannel }),
    consultationLanguages: relation('manyToMany', 'language', { label: L.consultationLanguages }),
    consultationLeadTimeWeeks: integer({ min: 0, max: 52, label: L.consultationLeadTimeWeeks }),
    /**
     * The organisation agreed to be named, on the public record (/inbreng/, its own page, open data, the public
     * API), among those invited to or taking part in a consultation. Off (and empty) means: not named; the CMS
     * keeps the full list for officials and editors. The rule is content-types/src/privacy.ts.
     */
    namedInConsultations: boolean({ default: false, label: L.namedInConsultations }),
    supportNeeds: component('organisation.support-need', supportNeed.schema, { repeatable: true, label: L.supportNeeds }),
    lastConfirmed: date({ label: L.lastConfirmed }),
    /** The admin users (MZO volunteers) who may edit this organisation. */
    editors: relation('manyToMany', 'admin::user', { private: true, cmsReaders: 'editors', label: L.editors }),
    memberOf: relation('manyToMany', 'organisation', { inversedBy: 'members', label: L.memberOf }),
    members: relation('manyToMany', 'organisation', { mappedBy: 'memberOf', label: L.members }),
    /**
     * The organisations that say they are a member (their `memberOf`) and that this organisation confirms:
     * a membership is public only when confirmed here, a partnership only when both name each other
     * (`partners`). See confirmedRelations in ./privacy.ts.
     */
    confirmedMembers: relation('manyToMany', 'organisation', { private: true, cmsReaders: 'roles', label: L.confirmedMembers }),
    partners: relation('manyToMany', 'organisation', { label: L.partners }),
    activities: relation('oneToMany', 'activity', { mappedBy: 'organisation', label: L.activities }),
    rooms: relation('oneToMany', 'room', { mappedBy: 'providerOrganisation', label: L.rooms }),
    /** Never populated through the organisation: public contacts come from the contact-person API only. */
    contacts: relation('oneToMany', 'contact-person', { mappedBy: 'organisation', private: true, cmsReaders: 'roles', label: L.contacts }),
    editorNotes: text({ private: true, cmsReaders: 'editors', maxLength: 2000, label: L.editorNotes }),
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
    name: string({ required: true, maxLength: 120, label: L.name }),
    slug: uid('name', { label: L.slug }),
    description: localizedText(1000, L.description),
    providerName: string({ maxLength: 120, label: L.providerName }),
    providerOrganisation: relation('manyToOne', 'organisation', { inversedBy: 'rooms', label: L.providerOrganisation }),
    address: component('shared.address', address.schema, { label: L.address }),
    wijk: relation('manyToOne', 'wijk', { label: L.wijk }),
    sizeClass: enumeration(ROOM_SIZE_CLASS_NAMES, { required: true, label: L.sizeClass }),
    areaM2: decimal({ min: 3, max: 500, label: L.areaM2 }),
    capacity: integer({ required: true, min: 1, max: 2000, label: L.capacity }),
    tariff: enumeration(ROOM_TARIFFS, { required: true, label: L.tariff }),
    kitchen: boolean({ default: false, label: L.kitchen }),
    prayerRoom: boolean({ default: false, label: L.prayerRoom }),
    wheelchairAccessible: boolean({ default: false, label: L.wheelchairAccessible }),
    childcare: boolean({ default: false, label: L.childcare }),
    projector: boolean({ default: false, label: L.projector }),
    wifi: boolean({ default: false, label: L.wifi }),
    bookingUrl: string({ maxLength: 300, format: 'url', label: L.bookingUrl }),
    bookingEmail: email({ label: L.bookingEmail }),
    bookingPhone: string({ maxLength: 20, format: 'phone', label: L.bookingPhone }),
    activities: relation('oneToMany', 'activity', { mappedBy: 'room', label: L.activities }),
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
    title: string({ required: true, localized: true, maxLength: 120, label: L.title }),
    slug: uid('title', { label: L.slug }),
    organisation: relation('manyToOne', 'organisation', { inversedBy: 'activities', label: L.organisation }),
    summary: text({ localized: true, maxLength: 300, label: L.summary }),
    description: blocks({ localized: true, label: L.description }),
    startsAt: datetime({ required: true, label: L.startsAt, customField: 'global::moment' }),
    endsAt: datetime({ label: L.endsAt, customField: 'global::moment' }),
    /** iCal RRULE without DTSTART (e.g. `FREQ=WEEKLY;BYDAY=SA`); expanded in Europe/Amsterdam from startsAt. */
    recurrence: string({ maxLength: 300, format: 'rrule', label: L.recurrence, customField: 'global::recurrence' }),
    room: relation('manyToOne', 'room', { inversedBy: 'activities', label: L.room }),
    address: component('shared.address', address.schema, { label: L.address }),
    wijk: relation('manyToOne', 'wijk', { label: L.wijk }),
    themes: relation('manyToMany', 'theme', { label: L.themes }),
    languages: relation('manyToMany', 'language', { label: L.languages }),
    targetGroups: relation('manyToMany', 'target-group', { label: L.targetGroups }),
    free: boolean({ default: true, label: L.free }),
    cost: string({ localized: true, maxLength: 120, label: L.cost }),
    registrationUrl: string({ maxLength: 300, format: 'url', label: L.registrationUrl }),
    audience: string({ localized: true, maxLength: 200, label: L.audience }),
  },
});

export const contactPerson = defineType({
  name: 'contact-person',
  pluralName: 'contact-persons',
  displayName: 'Contactpersoon',
  description: 'Contactpersoon van een organisatie; zichtbaarheid per persoon, met datum van toestemming',
  /** A volunteer's new or changed contact is a draft; the public sees it once a Redacteur has published it. */
  draftAndPublish: true,
  localized: false,
  attributes: {
    name: string({ required: true, maxLength: 120, label: L.name }),
    role: string({ maxLength: 120, label: L.role }),
    email: email({ label: L.email }),
    phone: string({ maxLength: 20, format: 'phone', label: L.phone }),
    languages: relation('manyToMany', 'language', { label: L.languages }),
    organisation: relation('manyToOne', 'organisation', { inversedBy: 'contacts', label: L.organisation }),
    /** public: on the site; officials: municipal staff in the CMS only; hidden: editors only. */
    visibility: enumeration(CONTACT_VISIBILITIES, { required: true, default: 'officials', label: L.visibility }),
    consentDate: date({ private: true, cmsReaders: 'roles', label: L.consentDate }),
    consentNote: text({ private: true, cmsReaders: 'roles', maxLength: 500, label: L.consentNote }),
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
    title: string({ required: true, localized: true, maxLength: 120, label: L.title }),
    slug: uid('title', { label: L.slug }),
    providerKind: enumeration(SUPPORT_PROVIDER_KINDS, { required: true, label: L.providerKind }),
    providerName: string({ required: true, maxLength: 120, label: L.providerName }),
    description: localizedText(1000, L.description),
    answers: component('support.answer', supportAnswer.schema, { repeatable: true, label: L.answers }),
    /** Empty means: in all wijken. */
    wijken: relation('manyToMany', 'wijk', { label: L.wijken }),
    website: string({ maxLength: 300, format: 'url', label: L.website }),
    email: email({ label: L.email }),
    phone: string({ maxLength: 20, format: 'phone', label: L.phone }),
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
    title: string({ required: true, localized: true, maxLength: 160, label: L.title }),
    slug: uid('title', { label: L.slug }),
    date: date({ required: true, label: L.date }),
    organiser: string({ required: true, maxLength: 120, label: L.organiser }),
    summary: localizedText(1000, L.summary),
    themes: relation('manyToMany', 'theme', { label: L.themes }),
    wijken: relation('manyToMany', 'wijk', { label: L.wijken }),
    invited: relation('manyToMany', 'organisation', { label: L.invited }),
    participants: relation('manyToMany', 'organisation', { label: L.participants }),
    consultationStatus: enumeration(CONSULTATION_STATUSES, { required: true, default: 'planned', label: L.status }),
    outcomeSummary: localizedText(2000, L.outcomeSummary),
    outcomeUrl: string({ maxLength: 300, format: 'url', label: L.outcomeUrl }),
    outcomeDate: date({ label: L.outcomeDate }),
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
    kind: enumeration(SUGGESTION_KINDS, { required: true, label: L.kind }),
    organisation: relation('manyToOne', 'organisation', { label: L.organisation }),
    organisationName: string({ maxLength: 120, label: L.organisationName }),
    message: text({ required: true, maxLength: 2000, label: L.message }),
    wijkName: string({ maxLength: 80, label: L.wijkName }),
    submitterName: string({ maxLength: 120, private: true, cmsReaders: 'roles', label: L.submitterName }),
    submitterEmail: email({ private: true, cmsReaders: 'roles', label: L.submitterEmail }),
    consentAt: datetime({ private: true, cmsReaders: 'roles', label: L.consentAt }),
    status: enumeration(SUGGESTION_STATUSES, { default: 'new', label: L.status }),
    reviewNote: text({ private: true, cmsReaders: 'roles', maxLength: 2000, label: L.reviewNote }),
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

/**
 * Fields the CMS writes without touching `updatedAt`, per type: "Klopt nog" sets an organisation's `lastConfirmed` on
 * its published version as it is (cms/src/plugins/mzo/server/src/services/freshness.ts). The CMS's content digest and
 * the site's incremental sync (rest/sync.ts) both read them apart, so they must name the same fields.
 */
export const WRITTEN_QUIETLY: Readonly<Record<string, readonly string[]>> = { organisation: ['lastConfirmed'] };

export function typeByName(name: string) {
  const t = TYPES.find((type) => type.name === name);
  if (!t) throw new Error(`Unknown content type "${name}"`);
  return t;
}
