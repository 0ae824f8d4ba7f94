/**
 * The public "tip a network" and "suggest a correction" forms: the only place anyone can write.
 * Defined once here; the CMS validates submissions with it and the site builds its forms from it.
 */
import { z } from 'zod';
import { SUGGESTION_KINDS } from './model.ts';

/** Form fields, in form order. `website` is a honeypot: people never see it, bots fill it in. */
export const SUGGESTION_FIELDS = [
  'kind',
  'organisation',
  'organisationName',
  'wijkName',
  'message',
  'submitterName',
  'submitterEmail',
  'consent',
  'locale',
  'website',
] as const;
export type SuggestionField = (typeof SUGGESTION_FIELDS)[number];

export const SUGGESTION_LIMITS = { organisationName: 120, wijkName: 80, message: 2000, messageMin: 10, submitterName: 120, submitterEmail: 200 } as const;

type Messages = Record<string, { nl: string; en: string }>;

const MESSAGES = {
  unknownField: { nl: 'Dit veld hoort niet bij het formulier.', en: 'This field is not part of the form.' },
  kind: { nl: 'Kies: een nieuwe organisatie of netwerk, of een correctie.', en: 'Choose: a new organisation or network, or a correction.' },
  organisation: { nl: 'Geef aan over welke organisatie de correctie gaat.', en: 'Say which organisation the correction is about.' },
  organisationName: {
    nl: `Vul de naam van de organisatie of het netwerk in (hoogstens ${SUGGESTION_LIMITS.organisationName} tekens).`,
    en: `Fill in the name of the organisation or network (at most ${SUGGESTION_LIMITS.organisationName} characters).`,
  },
  wijkName: {
    nl: `De wijk mag hoogstens ${SUGGESTION_LIMITS.wijkName} tekens hebben.`,
    en: `The wijk can have at most ${SUGGESTION_LIMITS.wijkName} characters.`,
  },
  message: {
    nl: `Schrijf uw bericht in ${SUGGESTION_LIMITS.messageMin} tot ${SUGGESTION_LIMITS.message} tekens.`,
    en: `Write your message in ${SUGGESTION_LIMITS.messageMin} to ${SUGGESTION_LIMITS.message} characters.`,
  },
  submitterName: {
    nl: `Uw naam mag hoogstens ${SUGGESTION_LIMITS.submitterName} tekens hebben.`,
    en: `Your name can have at most ${SUGGESTION_LIMITS.submitterName} characters.`,
  },
  submitterEmail: { nl: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.', en: 'Fill in a valid email address, like name@example.org.' },
  consent: {
    nl: 'Geef toestemming om uw naam en e-mailadres te bewaren, of laat die velden leeg.',
    en: 'Agree that we keep your name and email address, or leave those fields empty.',
  },
  locale: { nl: 'Onbekende taal.', en: 'Unknown language.' },
} satisfies Messages;

export interface SuggestionInput {
  kind: (typeof SUGGESTION_KINDS)[number];
  organisation?: string;
  organisationName?: string;
  wijkName?: string;
  message: string;
  submitterName?: string;
  submitterEmail?: string;
  consent: boolean;
  locale: 'nl' | 'en';
  /** True when the honeypot was filled in: accept silently, store nothing. */
  isBot: boolean;
}

export type SuggestionResult =
  | { ok: true; value: SuggestionInput }
  | { ok: false; errors: Partial<Record<SuggestionField | string, string>>; locale: 'nl' | 'en' };

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v));
const truthy = (v: unknown) => v === true || v === 'true' || v === 'on' || v === '1' || v === 'yes';
const email = z.email();

/**
 * Checks a submitted form (JSON or form-encoded, so every value may be a string). Returns the clean
 * input, or a message per field in the submitter's language. Fields not in the form are refused.
 */
export function parseSuggestion(body: unknown): SuggestionResult {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const locale = text(raw.locale) === 'en' ? 'en' : 'nl';
  const errors: Record<string, string> = {};
  const fail = (field: string, key: keyof typeof MESSAGES) => (errors[field] ??= MESSAGES[key][locale]);

  for (const key of Object.keys(raw)) if (!(SUGGESTION_FIELDS as readonly string[]).includes(key)) fail(key, 'unknownField');

  const kind = text(raw.kind);
  if (!(SUGGESTION_KINDS as readonly string[]).includes(kind)) fail('kind', 'kind');
  const organisation = text(raw.organisation);
  if (kind === 'correction' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(organisation)) fail('organisation', 'organisation');
  const organisationName = text(raw.organisationName);
  if ((kind === 'new-network' && !organisationName) || organisationName.length > SUGGESTION_LIMITS.organisationName)
    fail('organisationName', 'organisationName');
  const wijkName = text(raw.wijkName);
  if (wijkName.length > SUGGESTION_LIMITS.wijkName) fail('wijkName', 'wijkName');
  const message = text(raw.message);
  if (message.length < SUGGESTION_LIMITS.messageMin || message.length > SUGGESTION_LIMITS.message) fail('message', 'message');
  const submitterName = text(raw.submitterName);
  if (submitterName.length > SUGGESTION_LIMITS.submitterName) fail('submitterName', 'submitterName');
  const submitterEmail = text(raw.submitterEmail);
  if (submitterEmail && (submitterEmail.length > SUGGESTION_LIMITS.submitterEmail || !email.safeParse(submitterEmail).success))
    fail('submitterEmail', 'submitterEmail');
  const consent = truthy(raw.consent);
  // Personal data is kept only with consent.
  if ((submitterName || submitterEmail) && !consent) fail('consent', 'consent');

  if (Object.keys(errors).length) return { ok: false, errors, locale };
  return {
    ok: true,
    value: {
      kind: kind as SuggestionInput['kind'],
      ...(kind === 'correction' ? { organisation } : {}),
      ...(organisationName ? { organisationName } : {}),
      ...(wijkName ? { wijkName } : {}),
      message,
      ...(submitterName ? { submitterName } : {}),
      ...(submitterEmail ? { submitterEmail } : {}),
      consent,
      locale,
      isBot: text(raw.website) !== '',
    },
  };
}
