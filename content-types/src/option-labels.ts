/**
 * What every stored option value means, in Dutch and English, for the people who choose it in the CMS
 * (the stored values never change; the admin panel shows these labels instead of the codes).
 * One label per value across all option lists: a value that occurs in two lists means the same in both.
 */
import {
  ADDRESS_CHECKS,
  CHANNELS,
  CONSULTATION_CHANNELS,
  CONSULTATION_STATUSES,
  CONTACT_VISIBILITIES,
  LEGAL_FORMS,
  ORGANISATION_STATUSES,
  ROOM_SIZE_CLASS_NAMES,
  SOCIAL_PLATFORMS,
  SUGGESTION_KINDS,
  SUGGESTION_STATUSES,
  SUPPORT_NEEDS,
  SUPPORT_PROVIDER_KINDS,
} from './model.ts';
import { ROOM_SIZE_CLASSES, ROOM_TARIFFS } from './utrecht.ts';

type Label = { nl: string; en: string };

const size = (name: keyof typeof ROOM_SIZE_CLASSES, nl: string, en: string): Label => {
  const { min, max } = ROOM_SIZE_CLASSES[name];
  return { nl: `${name}: ${nl} (${min}–${max} m²)`, en: `${name}: ${en} (${min}–${max} m²)` };
};

export const OPTION_LABELS: Record<string, Label> = {
  // Legal forms
  stichting: { nl: 'Stichting', en: 'Foundation' },
  vereniging: { nl: 'Vereniging', en: 'Association' },
  'religieuze-organisatie': { nl: 'Religieuze organisatie', en: 'Religious organisation' },
  'informeel-netwerk': { nl: 'Informeel netwerk (geen stichting of vereniging)', en: 'Informal network (not registered)' },
  koepel: { nl: 'Koepel of platform van organisaties', en: 'Umbrella organisation or platform' },
  // Organisation status
  actief: { nl: 'Actief', en: 'Active' },
  nieuw: { nl: 'Nieuw (net begonnen)', en: 'New (just started)' },
  slapend: { nl: 'Slapend (nu even niet actief)', en: 'Dormant (not active for now)' },
  // Channels and platforms
  whatsapp: { nl: 'WhatsApp', en: 'WhatsApp' },
  facebook: { nl: 'Facebook', en: 'Facebook' },
  instagram: { nl: 'Instagram', en: 'Instagram' },
  tiktok: { nl: 'TikTok', en: 'TikTok' },
  telegram: { nl: 'Telegram', en: 'Telegram' },
  signal: { nl: 'Signal', en: 'Signal' },
  youtube: { nl: 'YouTube', en: 'YouTube' },
  linkedin: { nl: 'LinkedIn', en: 'LinkedIn' },
  x: { nl: 'X (Twitter)', en: 'X (Twitter)' },
  gebedshuis: { nl: 'In het gebedshuis (moskee, kerk, tempel)', en: 'At the place of worship' },
  nieuwsbrief: { nl: 'Nieuwsbrief', en: 'Newsletter' },
  bijeenkomsten: { nl: 'Bijeenkomsten', en: 'Meetings' },
  'mond-tot-mond': { nl: 'Mond-tot-mond', en: 'Word of mouth' },
  radio: { nl: 'Radio', en: 'Radio' },
  overig: { nl: 'Anders', en: 'Other' },
  // Support needs
  bestuursleden: { nl: 'Bestuursleden vinden', en: 'Finding board members' },
  vrijwilligers: { nl: 'Vrijwilligers vinden', en: 'Finding volunteers' },
  financiering: { nl: 'Geld voor activiteiten', en: 'Money for activities' },
  eherkenning: { nl: 'Hulp bij eHerkenning', en: 'Help with eHerkenning' },
  initiatievenfonds: { nl: 'Initiatievenfonds', en: 'Initiatievenfonds (city fund)' },
  ruimte: { nl: 'Een ruimte vinden', en: 'Finding a room' },
  training: { nl: 'Training', en: 'Training' },
  communicatie: { nl: 'Communicatie', en: 'Communication' },
  // How the municipality reaches the organisation
  email: { nl: 'E-mail', en: 'Email' },
  telefoon: { nl: 'Telefoon', en: 'Phone' },
  bijeenkomst: { nl: 'Een bijeenkomst', en: 'A meeting' },
  'via-koepel': { nl: 'Via de koepelorganisatie', en: 'Via the umbrella organisation' },
  // Who sees a contact person
  public: { nl: 'Iedereen: staat op de website', en: 'Everyone: shown on the website' },
  officials: { nl: 'Alleen de gemeente (niet op de website)', en: 'Municipal staff only (not on the website)' },
  hidden: { nl: 'Alleen de redactie', en: 'Editors only' },
  // Consultations
  planned: { nl: 'Gepland', en: 'Planned' },
  running: { nl: 'Loopt nu', en: 'Running' },
  closed: { nl: 'Afgelopen', en: 'Closed' },
  'outcome-published': { nl: 'Uitkomst gepubliceerd', en: 'Outcome published' },
  // Support providers
  'sociaal-makelaar': { nl: 'Sociaal makelaar', en: 'Community broker (sociaal makelaar)' },
  vrijwilligerscentrale: { nl: 'Vrijwilligerscentrale', en: 'Volunteer centre' },
  // Suggestions
  'new-network': { nl: 'Nieuw netwerk', en: 'New network' },
  correction: { nl: 'Correctie', en: 'Correction' },
  new: { nl: 'Nog niet bekeken', en: 'Not yet seen' },
  'in-review': { nl: 'In behandeling', en: 'In review' },
  done: { nl: 'Afgehandeld', en: 'Done' },
  rejected: { nl: 'Afgewezen', en: 'Rejected' },
  // Rooms
  S: size('S', 'klein', 'small'),
  M: size('M', 'middel', 'medium'),
  L: size('L', 'groot', 'large'),
  XL: size('XL', 'zaal', 'hall'),
  'tarief-0': { nl: 'Gratis (0 %, maatschappelijk tarief)', en: 'Free (0 %, social tariff)' },
  'tarief-35': { nl: '35 % van de prijs (maatschappelijk tarief)', en: '35 % of the price (social tariff)' },
  'tarief-100': { nl: 'Volle prijs (100 %)', en: 'Full price (100 %)' },
  // Address check (filled in by the system)
  found: { nl: 'Gevonden in de landelijke adreslijst', en: 'Found in the national address register' },
  'not-found': { nl: 'Niet gevonden in de adreslijst', en: 'Not found in the address register' },
  unreachable: { nl: 'Niet gecontroleerd (adresdienst niet bereikbaar)', en: 'Not checked (address service unreachable)' },
  manual: { nl: 'Met de hand ingevuld', en: 'Entered by hand' },
};

/** Every option list of the model, so a test can check that each value has a label. */
export const OPTION_LISTS: Record<string, readonly string[]> = {
  legalForm: LEGAL_FORMS,
  organisationStatus: ORGANISATION_STATUSES,
  channel: CHANNELS,
  platform: SOCIAL_PLATFORMS,
  need: SUPPORT_NEEDS,
  consultationChannel: CONSULTATION_CHANNELS,
  visibility: CONTACT_VISIBILITIES,
  consultationStatus: CONSULTATION_STATUSES,
  providerKind: SUPPORT_PROVIDER_KINDS,
  suggestionKind: SUGGESTION_KINDS,
  suggestionStatus: SUGGESTION_STATUSES,
  sizeClass: ROOM_SIZE_CLASS_NAMES,
  tariff: ROOM_TARIFFS,
  addressCheck: ADDRESS_CHECKS,
};

/** The label of a stored option value in `language`, or the value itself when it has none. */
export function optionLabel(value: string, language: 'nl' | 'en' = 'nl'): string {
  return OPTION_LABELS[value]?.[language] ?? value;
}
