/**
 * The public "tip a network" and "suggest a correction" forms: the only place anyone can write.
 * Defined once here; the CMS validates submissions with it and the site builds its forms from it.
 */
import { z } from 'zod';
import { SUGGESTION_KINDS } from './model.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

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

/** Every message in every language of the guide (content-types/src/locales.ts); all but nl/en are machine-assisted drafts (docs/vertalingen.md). */
type Messages = Record<string, Record<Locale, string>>;
const L = SUGGESTION_LIMITS;

const MESSAGES = {
  unknownField: {
    nl: 'Dit veld hoort niet bij het formulier.',
    en: 'This field is not part of the form.',
    ar: 'هذا الحقل ليس جزءًا من النموذج.',
    tr: 'Bu alan formun parçası değil.',
    pl: 'To pole nie należy do formularza.',
    uk: 'Це поле не належить до форми.',
    ti: 'እዚ ቦታ ናይቲ ቅጥዒ ኣይኮነን።',
  },
  kind: {
    nl: 'Kies: een nieuwe organisatie of netwerk, of een correctie.',
    en: 'Choose: a new organisation or network, or a correction.',
    ar: 'اختر: منظمة أو شبكة جديدة، أو تصحيحًا.',
    tr: 'Seçin: yeni bir kuruluş veya ağ, ya da bir düzeltme.',
    pl: 'Wybierz: nowa organizacja lub sieć albo poprawka.',
    uk: 'Виберіть: нова організація чи мережа або виправлення.',
    ti: 'ምረጹ፡ ሓዳስ ውድብ ወይ መርበብ፣ ወይ እርምቲ።',
  },
  organisation: {
    nl: 'Geef aan over welke organisatie de correctie gaat.',
    en: 'Say which organisation the correction is about.',
    ar: 'اذكر المنظمة التي يخصها التصحيح.',
    tr: 'Düzeltmenin hangi kuruluşla ilgili olduğunu belirtin.',
    pl: 'Podaj, której organizacji dotyczy poprawka.',
    uk: 'Вкажіть, якої організації стосується виправлення.',
    ti: 'እቲ እርምቲ ብዛዕባ ኣየነይቲ ውድብ ምዃኑ ሓብሩ።',
  },
  organisationName: {
    nl: `Vul de naam van de organisatie of het netwerk in (hoogstens ${SUGGESTION_LIMITS.organisationName} tekens).`,
    en: `Fill in the name of the organisation or network (at most ${SUGGESTION_LIMITS.organisationName} characters).`,
    ar: `اكتب اسم المنظمة أو الشبكة (${L.organisationName} حرفًا على الأكثر).`,
    tr: `Kuruluşun veya ağın adını yazın (en fazla ${L.organisationName} karakter).`,
    pl: `Wpisz nazwę organizacji lub sieci (najwyżej ${L.organisationName} znaków).`,
    uk: `Впишіть назву організації чи мережі (щонайбільше ${L.organisationName} знаків).`,
    ti: `ስም ውድብ ወይ መርበብ ጽሓፉ (ክሳብ ${L.organisationName} ፊደላት)።`,
  },
  wijkName: {
    nl: `De wijk mag hoogstens ${SUGGESTION_LIMITS.wijkName} tekens hebben.`,
    en: `The wijk can have at most ${SUGGESTION_LIMITS.wijkName} characters.`,
    ar: `يمكن أن يحتوي اسم الحي على ${L.wijkName} حرفًا على الأكثر.`,
    tr: `Semt adı en fazla ${L.wijkName} karakter olabilir.`,
    pl: `Dzielnica może mieć najwyżej ${L.wijkName} znaków.`,
    uk: `Назва району може мати щонайбільше ${L.wijkName} знаків.`,
    ti: `ስም ከባቢ ክሳብ ${L.wijkName} ፊደላት ክኸውን ይኽእል።`,
  },
  message: {
    nl: `Schrijf je bericht in ${SUGGESTION_LIMITS.messageMin} tot ${SUGGESTION_LIMITS.message} tekens.`,
    en: `Write your message in ${SUGGESTION_LIMITS.messageMin} to ${SUGGESTION_LIMITS.message} characters.`,
    ar: `اكتب رسالتك بين ${L.messageMin} و${L.message} حرف.`,
    tr: `Mesajınızı ${L.messageMin} ile ${L.message} karakter arasında yazın.`,
    pl: `Napisz wiadomość o długości od ${L.messageMin} do ${L.message} znaków.`,
    uk: `Напишіть повідомлення довжиною від ${L.messageMin} до ${L.message} знаків.`,
    ti: `መልእኽትኹም ካብ ${L.messageMin} ክሳብ ${L.message} ፊደላት ጽሓፉ።`,
  },
  submitterName: {
    nl: `Je naam mag hoogstens ${SUGGESTION_LIMITS.submitterName} tekens hebben.`,
    en: `Your name can have at most ${SUGGESTION_LIMITS.submitterName} characters.`,
    ar: `يمكن أن يحتوي اسمك على ${L.submitterName} حرفًا على الأكثر.`,
    tr: `Adınız en fazla ${L.submitterName} karakter olabilir.`,
    pl: `Imię i nazwisko mogą mieć najwyżej ${L.submitterName} znaków.`,
    uk: `Ім’я може мати щонайбільше ${L.submitterName} знаків.`,
    ti: `ስምኩም ክሳብ ${L.submitterName} ፊደላት ክኸውን ይኽእል።`,
  },
  submitterEmail: {
    nl: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    en: 'Fill in a valid email address, like name@example.org.',
    ar: 'اكتب عنوان بريد إلكتروني صحيحًا، مثل name@example.org.',
    tr: 'Geçerli bir e-posta adresi yazın, örneğin ad@ornek.org.',
    pl: 'Wpisz prawidłowy adres e-mail, np. imie@przyklad.org.',
    uk: 'Впишіть правильну адресу пошти, наприклад name@example.org.',
    ti: 'ቅኑዕ ኣድራሻ ኢመይል ጽሓፉ፣ ንኣብነት name@example.org።',
  },
  consent: {
    nl: 'Geef toestemming om je naam en e-mailadres te bewaren, of laat die velden leeg.',
    en: 'Agree that we keep your name and email address, or leave those fields empty.',
    ar: 'وافق على أن نحتفظ باسمك وبريدك الإلكتروني، أو اترك هذين الحقلين فارغين.',
    tr: 'Adınızı ve e-posta adresinizi saklamamıza izin verin ya da bu alanları boş bırakın.',
    pl: 'Zgódź się, abyśmy przechowywali Twoje imię i adres e-mail, albo zostaw te pola puste.',
    uk: 'Погодьтеся, щоб ми зберігали ваше ім’я та адресу пошти, або залиште ці поля порожніми.',
    ti: 'ስምኩምን ኢመይልኩምን ክንዕቅብ ፍቓድ ሃቡ፣ ወይ ነዞም ቦታታት ባዶ ግደፍዎም።',
  },
  locale: {
    nl: 'Onbekende taal.',
    en: 'Unknown language.',
    ar: 'لغة غير معروفة.',
    tr: 'Bilinmeyen dil.',
    pl: 'Nieznany język.',
    uk: 'Невідома мова.',
    ti: 'ዘይፍለጥ ቋንቋ።',
  },
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
  locale: Locale;
  /** True when the honeypot was filled in: accept silently, store nothing. */
  isBot: boolean;
}

export type SuggestionResult = { ok: true; value: SuggestionInput } | { ok: false; errors: Partial<Record<SuggestionField | string, string>>; locale: Locale };

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v));
const truthy = (v: unknown) => v === true || v === 'true' || v === 'on' || v === '1' || v === 'yes';
const email = z.email();

/**
 * Checks a submitted form (JSON or form-encoded, so every value may be a string). Returns the clean
 * input, or a message per field in the submitter's language. Fields not in the form are refused.
 */
export function parseSuggestion(body: unknown): SuggestionResult {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const locale: Locale = isLocale(text(raw.locale)) ? (text(raw.locale) as Locale) : DEFAULT_LOCALE;
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

/** The CMS's plain page for a form posted without JavaScript, and its one message of its own, per language. */
export const SUGGESTION_PAGE_TEXT: Record<'title' | 'back' | 'notInGuide', Record<Locale, string>> = {
  title: {
    nl: 'Er ging iets mis met je formulier',
    en: 'Something is wrong with your form',
    ar: 'هناك خطأ في النموذج',
    tr: 'Formunuzda bir sorun var',
    pl: 'Coś jest nie tak z formularzem',
    uk: 'З формою щось не так',
    ti: 'ኣብ ቅጥዕኹም ጸገም ኣሎ',
  },
  back: {
    nl: 'Ga terug en verbeter het formulier',
    en: 'Go back and correct the form',
    ar: 'ارجع وصحّح النموذج',
    tr: 'Geri dönüp formu düzeltin',
    pl: 'Wróć i popraw formularz',
    uk: 'Поверніться й виправте форму',
    ti: 'ተመለሱ እሞ ነቲ ቅጥዒ ኣእርምዎ',
  },
  notInGuide: {
    nl: 'Deze organisatie staat niet in de gids.',
    en: 'This organisation is not in the guide.',
    ar: 'هذه المنظمة ليست في الدليل.',
    tr: 'Bu kuruluş rehberde yok.',
    pl: 'Tej organizacji nie ma w przewodniku.',
    uk: 'Цієї організації немає в довіднику.',
    ti: 'እዛ ውድብ ኣብቲ መምርሒ የላን።',
  },
};
