/**
 * The fields a spreadsheet column can be linked to, with the headers recognised for each: the field's
 * own label in the model (Dutch and English) and the words people use in their lists (“Thema's”,
 * “KvK”, “Huisnr”, “Contactpersoon”). An editor's earlier choice for a header wins over these.
 */
import { CONSULT_CSV_COLUMNS } from '../consultation-list.ts';
import type { Field } from '../fields.ts';
import { address, contactPerson, organisation } from '../model.ts';
import { matchKey } from './text.ts';
import type { TaxonomyType } from './types.ts';

type Label = { nl: string; en: string };

export type TargetKind =
  | 'text'
  | 'paragraphs'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'choice'
  | 'choices'
  | 'term'
  | 'terms'
  | 'links'
  | 'address-line'
  | 'page-url'
  | 'consultation-preference'
  | 'consultation-address';

export interface ImportTarget {
  /** `name`, `address.postcode`, `contact.email`, or one of the composite targets. */
  key: string;
  label: Label;
  kind: TargetKind;
  /** The field written: on the organisation, its address, or its contact person. */
  field?: { on: 'organisation' | 'address' | 'contact'; name: string };
  /** For choice(s): the values; for term(s): the taxonomy. */
  values?: readonly string[];
  taxonomy?: TaxonomyType;
  /** More headers that mean this field, besides its labels. */
  aliases: string[];
  /** Another field of the organisation the same terms fill, when no other column fills it. */
  also?: string;
}

const enumValues = (field: Field) => (field.attribute as { enum?: string[] }).enum ?? [];
const org = organisation.attributes;
const contactLabel = (label: Label | undefined, fallback: Label): Label =>
  label ? { nl: `Contactpersoon: ${label.nl.toLowerCase()}`, en: `Contact: ${label.en.toLowerCase()}` } : fallback;

function onOrganisation(name: keyof typeof org, kind: TargetKind, aliases: string[], extra: Partial<ImportTarget> = {}): ImportTarget {
  const field = org[name] as Field;
  const target = field.target as TaxonomyType | undefined;
  return {
    key: name,
    label: field.label!,
    kind,
    field: { on: 'organisation', name },
    ...(kind === 'choice' || kind === 'choices' ? { values: enumValues(field) } : {}),
    ...(kind === 'term' || kind === 'terms' ? { taxonomy: target } : {}),
    aliases,
    ...extra,
  };
}

function onAddress(name: keyof typeof address.attributes, aliases: string[]): ImportTarget {
  return { key: `address.${name}`, label: address.attributes[name].label!, kind: 'text', field: { on: 'address', name }, aliases };
}

function onContact(name: keyof typeof contactPerson.attributes, aliases: string[]): ImportTarget {
  const field = contactPerson.attributes[name] as Field;
  return { key: `contact.${name}`, label: contactLabel(field.label, { nl: name, en: name }), kind: 'text', field: { on: 'contact', name }, aliases };
}

/** Every field a column can be linked to, in the order the mapping screen lists them. */
export const IMPORT_TARGETS: ImportTarget[] = [
  onOrganisation('name', 'text', ['organisatie', 'naam organisatie', 'organisatienaam', 'naam van de organisatie', 'organisation', 'organization']),
  onOrganisation('alternateName', 'text', ['afkorting', 'ook bekend als', 'roepnaam']),
  onOrganisation('summary', 'text', ['samenvatting', 'korte omschrijving']),
  onOrganisation('description', 'paragraphs', ['omschrijving', 'over ons', 'over de organisatie']),
  onOrganisation('legalForm', 'choice', ['soort organisatie', 'organisatievorm', 'type organisatie']),
  onOrganisation('kvkNumber', 'text', ['kvk', 'kvknummer', 'kvk nr', 'kvk nummer', 'kamer van koophandel', 'kvk number']),
  onOrganisation('foundedYear', 'integer', ['opgericht', 'oprichtingsjaar', 'jaar van oprichting', 'founded']),
  onOrganisation('organisationStatus', 'choice', []),
  onOrganisation('website', 'text', ['site', 'url', 'internetadres', 'homepage']),
  onOrganisation('email', 'text', ['email', 'e mail', 'mail', 'emailadres', 'e mail adres', 'e mailadres organisatie']),
  onOrganisation('phone', 'text', ['telefoon', 'tel', 'telefoonnummer organisatie', 'tel nr', 'telnr', 'telephone']),
  onOrganisation('socialLinks', 'links', ['social media', 'socials', 'sociale media links']),
  {
    key: 'address',
    label: { nl: 'Adres (straat, huisnummer, postcode, plaats)', en: 'Address (street, number, postcode, city)' },
    kind: 'address-line',
    aliases: ['adres', 'bezoekadres', 'vestigingsadres', 'postadres', 'address'],
  },
  onAddress('street', ['straat', 'straatnaam']),
  onAddress('houseNumber', ['huisnr', 'huis nr', 'nr', 'nummer']),
  onAddress('houseNumberAddition', ['huisnummertoevoeging', 'toev']),
  onAddress('postcode', ['pc', 'postal code', 'zip']),
  onAddress('city', ['woonplaats', 'stad', 'plaatsnaam']),
  onOrganisation('locatedIn', 'term', ['wijk', 'gevestigd in', 'stadsdeel']),
  onOrganisation('serves', 'terms', ['wijken', 'actief in', 'werkgebied', 'werkt in wijken']),
  onOrganisation('themes', 'terms', ['thema', 'onderwerp', 'onderwerpen', 'themas organisatie']),
  onOrganisation('communities', 'terms', ['gemeenschap', 'achterban', 'herkomst']),
  onOrganisation('languages', 'terms', ['taal', 'gesproken talen']),
  onOrganisation('targetGroups', 'terms', ['doelgroep', 'voor wie']),
  onOrganisation('reachEstimate', 'integer', ['bereik', 'aantal bereikt', 'aantal mensen']),
  onOrganisation('reachNote', 'text', []),
  onOrganisation('channels', 'choices', ['kanalen achterban']),
  onOrganisation('consultationOptIn', 'boolean', ['meedenken', 'wil meedenken', 'raadplegen']),
  onOrganisation('consultationThemes', 'terms', ['themas meedenken']),
  onOrganisation('consultationThemes', 'terms', [], {
    key: 'consultationThemes+themes',
    label: { nl: 'Thema’s om mee te denken, ook als thema’s van de organisatie', en: 'Consultation themes, also as the organisation’s themes' },
    also: 'themes',
  }),
  onOrganisation('consultationChannel', 'choice', ['kanaal', 'kanaal meedenken', 'voorkeur kanaal']),
  {
    key: 'consultationAddress',
    label: { nl: 'Adres of nummer om mee te denken', en: 'Address or number for consultation' },
    kind: 'consultation-address',
    aliases: ['kanaal adres'],
  },
  onOrganisation('consultationLanguages', 'terms', ['talen meedenken']),
  onOrganisation('consultationLanguages', 'terms', [], {
    key: 'consultationLanguages+languages',
    label: { nl: 'Talen om mee te denken, ook als talen van de organisatie', en: 'Consultation languages, also as the organisation’s languages' },
    also: 'languages',
  }),
  onOrganisation('consultationLeadTimeWeeks', 'integer', ['weken vooraf', 'weken van tevoren', 'weken']),
  {
    key: 'consultationPreference',
    label: { nl: 'Voorkeur om mee te denken (kanaal en weken vooraf)', en: 'Consultation preference (channel and weeks ahead)' },
    kind: 'consultation-preference',
    aliases: ['voorkeur', 'preference'],
  },
  onOrganisation('supportNeeds', 'choices', ['hulpvragen', 'ondersteuning nodig']),
  onOrganisation('lastConfirmed', 'date', ['gecontroleerd op', 'laatst bijgewerkt']),
  onOrganisation('editorNotes', 'paragraphs', ['notities', 'opmerkingen', 'notitie']),
  {
    key: 'pageUrl',
    label: { nl: 'Pagina in de MZO-gids (link)', en: 'Page in the MZO-gids (link)' },
    kind: 'page-url',
    aliases: ['pagina', 'link mzo gids', 'page'],
  },
  onContact('name', ['contactpersoon', 'contact', 'naam contactpersoon', 'contact naam', 'contact person']),
  onContact('role', ['rol', 'functie', 'rol contactpersoon', 'functie contactpersoon']),
  onContact('email', ['contact email', 'contact e mail', 'email contactpersoon', 'e mail contactpersoon']),
  onContact('phone', ['contact telefoon', 'telefoon contactpersoon', 'tel contactpersoon', 'mobiel contactpersoon']),
];

export const TARGETS_BY_KEY = new Map(IMPORT_TARGETS.map((target) => [target.key, target]));

const HEADER_INDEX = (() => {
  const index = new Map<string, string>();
  // Aliases after labels: a label of one field is never taken by another's alias.
  for (const target of IMPORT_TARGETS)
    for (const label of [target.label.nl, target.label.en]) if (!index.has(matchKey(label))) index.set(matchKey(label), target.key);
  for (const target of IMPORT_TARGETS) for (const alias of target.aliases) if (!index.has(matchKey(alias))) index.set(matchKey(alias), target.key);
  return index;
})();

/** The key a header is remembered by: `Thema's` and `THEMA’S` are one header. */
export const headerKey = (header: string) => matchKey(header);

/**
 * What the columns of our own consultation list mean (the CSV of /raadplegen/, and of the CMS screen
 * Raadplegen, which says `organisatie` and adds one line per contact person): its `themas` are the themes
 * to consult an organisation on, its `wijken` where it is located or active, its `talen` the languages to
 * consult it in, and `zichtbaarheid` who saw a contact person, which an import never takes over.
 */
const CONSULTATION_LIST_COLUMNS: Record<string, string | null> = {
  naam: 'name',
  organisatie: 'name',
  pagina: 'pageUrl',
  email: 'email',
  telefoon: 'phone',
  themas: 'consultationThemes+themes',
  wijken: 'serves',
  doelgroepen: 'targetGroups',
  gemeenschappen: 'communities',
  talen: 'consultationLanguages+languages',
  'voorkeur kanaal': 'consultationChannel',
  'kanaal adres': 'consultationAddress',
  'weken vooraf': 'consultationLeadTimeWeeks',
  contactpersoon: 'contact.name',
  rol: 'contact.role',
  'contact email': 'contact.email',
  'contact telefoon': 'contact.phone',
  zichtbaarheid: null,
};

/** Whether a file's headers are those of our consultation list (all of CONSULT_CSV_COLUMNS but the first, which the CMS calls `organisatie`). */
export function isConsultationList(headers: string[]): boolean {
  const keys = new Set(headers.map(headerKey));
  return CONSULT_CSV_COLUMNS.slice(1).every((column) => keys.has(headerKey(column))) && (keys.has('naam') || keys.has('organisatie'));
}

/**
 * The field each column is linked to (null: not imported): what the editor chose for that header last
 * time (`remembered`, by headerKey; null there means “not imported”), else the field the header names.
 * Our own consultation list is linked as its columns mean (CONSULTATION_LIST_COLUMNS), whatever was
 * remembered for headers as common as `themas`. Each field is linked to one column at most: the first that names it.
 */
export function suggestMapping(headers: string[], remembered: Record<string, string | null> = {}): (string | null)[] {
  const used = new Set<string>();
  const list = isConsultationList(headers);
  return headers.map((header) => {
    const key = headerKey(header);
    const choice =
      list && key in CONSULTATION_LIST_COLUMNS ? CONSULTATION_LIST_COLUMNS[key] : key in remembered ? remembered[key] : (HEADER_INDEX.get(key) ?? null);
    if (!choice || used.has(choice) || !TARGETS_BY_KEY.has(choice)) return null;
    used.add(choice);
    return choice;
  });
}

/** The mapping to remember: every header with the field it was linked to (or null). */
export function mappingToRemember(headers: string[], mapping: (string | null)[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  headers.forEach((header, i) => {
    const key = headerKey(header);
    if (key) out[key] = mapping[i] ?? null;
  });
  return out;
}
