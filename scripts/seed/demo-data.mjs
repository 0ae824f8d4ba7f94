// Fictional demo data for MZO-gids Utrecht: organisations, activities, rooms, contacts, support offers
// and consultations, in Dutch (B1) and English. Pure and dependency-free apart from the content model's
// constants; deterministic: the same arguments always give the same output (seeded PRNG, no clock).
//
// Every organisation and person is invented. Mailboxes are at example.org, phone numbers are in the
// unused 030-1xx range, websites are <slug>.example.org. Real names appear only for places (wijken,
// buurten) and for the support providers the brief names (DOCK, Vrijwilligerscentrale, Initiatievenfonds).
import { slugify as projectSlugify } from '@mzo/content-types/validation';
import { WIJKEN, MUNICIPALITY_BOUNDS, sizeClassFor } from '@mzo/content-types';
import { withTranslations } from './demo-translations.mjs';

// ---------------------------------------------------------------------------------------------------
// Randomness and small helpers

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  // Mix the seed so that seeds 1, 2, 3 … give unrelated streams.
  let s = (Number(seed) || 0) ^ 0x9e3779b9;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
  const next = mulberry32(s ^ (s >>> 16));
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  const shuffle = (arr) => {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  /** k distinct items, in the order of `arr` (stable, reads well in lists). */
  const sample = (arr, k) => {
    if (k >= arr.length) return arr.slice();
    if (k <= 0) return [];
    if (k === 1) return [arr[Math.floor(next() * arr.length)]];
    if (k === 2) {
      const i = Math.floor(next() * arr.length);
      let j = Math.floor(next() * (arr.length - 1));
      if (j >= i) j++;
      return i < j ? [arr[i], arr[j]] : [arr[j], arr[i]];
    }
    const chosen = new Set();
    while (chosen.size < k) chosen.add(Math.floor(next() * arr.length));
    return [...chosen].sort((x, y) => x - y).map((i) => arr[i]);
  };
  const weighted = (entries) => {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = next() * total;
    for (const [v, w] of entries) {
      r -= w;
      if (r < 0) return v;
    }
    return entries[entries.length - 1][0];
  };
  return { next, int, pick, chance, shuffle, sample, weighted };
}

/** The project's slug rule (content-types), with the seed's shorter default length. */
export function slugify(text, max = 60) {
  return projectSlugify(text, max);
}

/** Gives unique slugs: a second "taalcafe-overvecht" becomes "taalcafe-overvecht-2". */
function slugRegistry() {
  const seen = new Map();
  return (base) => {
    const n = seen.get(base);
    if (n === undefined) {
      seen.set(base, 1);
      return base;
    }
    let i = n + 1;
    while (seen.has(`${base}-${i}`)) i++;
    seen.set(base, i);
    seen.set(`${base}-${i}`, 1);
    return `${base}-${i}`;
  };
}

const clip = (text, max) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/[\s,;:.]+\S*$/, '')}…`);

function listNl(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
function listEn(items) {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------------
// Dates and Europe/Amsterdam wall-clock time (no Intl: fast and deterministic)

const DAY_MS = 86_400_000;
const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const HOLIDAYS = new Set(['12-25', '12-26', '01-01']);

function parseDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) throw new Error(`demo-data: expected a date like 2026-11-30, got "${iso}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}
const isoCache = new Map();
function dayToIso(day) {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size < 20_000) isoCache.set(day, iso);
  }
  return iso;
}
/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
const weekday = (day) => (((day + 4) % 7) + 7) % 7;
const nextWeekday = (day, wd) => day + ((wd - weekday(day) + 7) % 7);

const dstCache = new Map();
/** Start and end (UTC ms) of summer time in a year: last Sunday of March / October, 01:00 UTC. */
function dstWindow(year) {
  let w = dstCache.get(year);
  if (!w) {
    const lastSunday = (month) => {
      const last = Date.UTC(year, month + 1, 0) / DAY_MS;
      return last - weekday(last);
    };
    w = [lastSunday(2) * DAY_MS + 3_600_000, lastSunday(9) * DAY_MS + 3_600_000];
    dstCache.set(year, w);
  }
  return w;
}
function yearOf(utcMs) {
  let y = 1970 + Math.floor(utcMs / 31_556_952_000);
  if (Date.UTC(y, 0, 1) > utcMs) y--;
  else if (Date.UTC(y + 1, 0, 1) <= utcMs) y++;
  return y;
}
function amsterdamOffsetMs(utcMs) {
  const [start, end] = dstWindow(yearOf(utcMs));
  return utcMs >= start && utcMs < end ? 7_200_000 : 3_600_000;
}
/** UTC ms of a wall-clock time (`minutes` after midnight of local `day`) in Europe/Amsterdam. */
function amsterdamToUtcMs(day, minutes) {
  const wall = day * DAY_MS + minutes * 60_000;
  const summer = wall - 7_200_000;
  return amsterdamOffsetMs(summer) === 7_200_000 ? summer : wall - 3_600_000;
}
/** 'YYYY-MM-DDTHH:mm:00.000Z' for a whole-minute UTC timestamp. */
function utcIso(ms) {
  const day = Math.floor(ms / DAY_MS);
  const minutes = Math.round((ms - day * DAY_MS) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${dayToIso(day)}T${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:00.000Z`;
}
const amsterdamDay = (utcMs) => Math.floor((utcMs + amsterdamOffsetMs(utcMs)) / DAY_MS);
/** RRULE UNTIL for "up to and including `day`": local midnight after that day, in UTC. */
const untilCache = new Map();
function untilStamp(day) {
  let stamp = untilCache.get(day);
  if (stamp === undefined) {
    stamp = `${new Date(amsterdamToUtcMs(day + 1, 0)).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
    untilCache.set(day, stamp);
  }
  return stamp;
}
/** Day of the nth (1–4, or -1 for last) weekday `wd` in the month of `year`/`month` (0-based). */
function nthWeekdayOfMonth(year, month, wd, nth) {
  if (nth === -1) {
    const last = Date.UTC(year, month + 1, 0) / DAY_MS;
    return last - ((weekday(last) - wd + 7) % 7);
  }
  const first = Date.UTC(year, month, 1) / DAY_MS;
  return nextWeekday(first, wd) + (nth - 1) * 7;
}

/**
 * The Monday (YYYY-MM-DD) of the week that `date` falls in, in Europe/Amsterdam. Accepts a Date, a
 * timestamp or a 'YYYY-MM-DD' string (taken as a local date).
 * @param {Date | number | string} [date]
 */
export function referenceMonday(date = new Date()) {
  const day = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? parseDay(date) : amsterdamDay(new Date(date).getTime());
  if (!Number.isFinite(day)) throw new Error(`referenceMonday: not a date: ${date}`);
  return dayToIso(day - ((weekday(day) + 6) % 7));
}

// ---------------------------------------------------------------------------------------------------
// Taxonomies

const THEMES = [
  {
    slug: 'taal-en-inburgering',
    name: { nl: 'Taal en inburgering', en: 'Language and integration' },
    description: {
      nl: 'Nederlands leren, inburgeren en je weg vinden in Utrecht.',
      en: 'Learning Dutch, civic integration and finding your way in Utrecht.',
    },
    icon: 'speech-bubble',
    phrase: { nl: 'oefenen samen Nederlands', en: 'practise Dutch together' },
  },
  {
    slug: 'gezondheid-en-zorg',
    name: { nl: 'Gezondheid en zorg', en: 'Health and care' },
    description: {
      nl: 'Gezond leven, de weg naar de huisarts en zorg die mensen nu vaak uitstellen of mijden.',
      en: 'Healthy living, finding your way to the GP, and care that people often put off or avoid.',
    },
    icon: 'heart',
    phrase: { nl: 'geven uitleg over gezondheid en zorg', en: 'explain health and care' },
  },
  {
    slug: 'opvoeding-en-onderwijs',
    name: { nl: 'Opvoeding en onderwijs', en: 'Parenting and education' },
    description: {
      nl: 'Steun voor ouders en kinderen: opvoeden, school, huiswerk en de keuze voor een vervolgopleiding.',
      en: 'Support for parents and children: parenting, school, homework and choosing further education.',
    },
    icon: 'school',
    phrase: { nl: 'steunen ouders bij opvoeding en school', en: 'support parents with parenting and school' },
  },
  {
    slug: 'werk-en-inkomen',
    name: { nl: 'Werk en inkomen', en: 'Work and income' },
    description: {
      nl: 'Werk zoeken, solliciteren, stage lopen en je eigen bedrijf beginnen.',
      en: 'Looking for work, applying for jobs, internships and starting your own business.',
    },
    icon: 'briefcase',
    phrase: { nl: 'helpen bij het zoeken naar werk', en: 'help people find work' },
  },
  {
    slug: 'geldzaken-en-schulden',
    name: { nl: 'Geldzaken en schulden', en: 'Money matters and debt' },
    description: {
      nl: 'Hulp bij brieven, toeslagen, rondkomen en schulden, voordat problemen te groot worden.',
      en: 'Help with letters, benefits, making ends meet and debt, before problems get too big.',
    },
    icon: 'coins',
    phrase: { nl: 'helpen met brieven, geldzaken en schulden', en: 'help with letters, money and debt' },
  },
  {
    slug: 'ontmoeting-en-eenzaamheid',
    name: { nl: 'Ontmoeting en eenzaamheid', en: 'Meeting people and loneliness' },
    description: {
      nl: 'Elkaar ontmoeten, samen eten en iets doen tegen eenzaamheid.',
      en: 'Meeting each other, eating together and doing something about loneliness.',
    },
    icon: 'coffee',
    phrase: { nl: 'organiseren ontmoetingen tegen eenzaamheid', en: 'organise get-togethers against loneliness' },
  },
  {
    slug: 'cultuur-en-feest',
    name: { nl: 'Cultuur en feest', en: 'Culture and celebration' },
    description: {
      nl: 'Muziek, dans, film, taal en feestdagen: je eigen cultuur delen met de stad.',
      en: 'Music, dance, film, language and festivals: sharing your own culture with the city.',
    },
    icon: 'music',
    phrase: { nl: 'vieren feesten en delen onze cultuur', en: 'celebrate festivals and share our culture' },
  },
  {
    slug: 'sport-en-bewegen',
    name: { nl: 'Sport en bewegen', en: 'Sport and exercise' },
    description: {
      nl: 'Samen sporten, wandelen, fietsen leren en gezond blijven.',
      en: 'Doing sports together, walking, learning to cycle and staying healthy.',
    },
    icon: 'bicycle',
    phrase: { nl: 'sporten en bewegen samen', en: 'do sports and exercise together' },
  },
  {
    slug: 'geloof-en-zingeving',
    name: { nl: 'Geloof en zingeving', en: 'Faith and meaning' },
    description: {
      nl: 'Gebed, bezinning en gesprekken over geloof en leven.',
      en: 'Prayer, reflection and conversations about faith and life.',
    },
    icon: 'candle',
    phrase: { nl: 'bieden ruimte voor geloof en bezinning', en: 'offer room for faith and reflection' },
  },
  {
    slug: 'wonen-en-buurt',
    name: { nl: 'Wonen en buurt', en: 'Housing and neighbourhood' },
    description: {
      nl: 'Een fijne buurt, goed contact met de buren en vragen over huren en wonen.',
      en: 'A pleasant neighbourhood, good contact with neighbours and questions about renting and housing.',
    },
    icon: 'home',
    phrase: { nl: 'zetten ons in voor een fijne buurt', en: 'work for a pleasant neighbourhood' },
  },
  {
    slug: 'radicaliseringspreventie',
    name: { nl: 'Radicaliseringspreventie', en: 'Preventing radicalisation' },
    description: {
      nl: 'Gesprekken met ouders en jongeren over polarisatie, online invloeden en meedoen in de samenleving.',
      en: 'Conversations with parents and young people about polarisation, online influences and taking part in society.',
    },
    icon: 'shield',
    sensitive: true,
    phrase: {
      nl: 'praten met ouders en jongeren over polarisatie',
      en: 'talk with parents and young people about polarisation',
    },
  },
  {
    slug: 'discriminatie',
    name: { nl: 'Discriminatie', en: 'Discrimination' },
    description: {
      nl: 'Steun bij discriminatie: luisteren, helpen met melden en samen werken aan gelijke kansen.',
      en: 'Support with discrimination: listening, help with reporting and working together for equal opportunities.',
    },
    icon: 'scale',
    sensitive: true,
    phrase: { nl: 'steunen mensen die discriminatie meemaken', en: 'support people who experience discrimination' },
  },
];
const SENSITIVE = THEMES.filter((t) => t.sensitive).map((t) => t.slug);
const ORDINARY = THEMES.filter((t) => !t.sensitive).map((t) => t.slug);
const THEME_BY_SLUG = new Map(THEMES.map((t) => [t.slug, t]));

const WIJK_INFO = {
  west: {
    description: {
      nl: 'Wijk ten westen van het centrum, met Lombok als bekende multiculturele buurt. Veel kleine winkels, oude straten en het Kanaal.',
      en: 'District west of the centre, with Lombok as its well-known multicultural neighbourhood. Many small shops, old streets and the canal.',
    },
    buurten: ['Lombok', 'Oog in Al', 'Halve Maan', 'Nieuw Engeland', 'Welgelegen'],
    postcodes: [3531, 3532, 3533],
    streets: ['Kardemomstraat', 'Pottenbakkerspad', 'Schippershof', 'Ververshof', 'Zadelmakerstraat'],
  },
  noordwest: {
    description: {
      nl: 'Zuilen, Ondiep en Pijlsweerd: oude arbeiderswijken met een sterk buurtgevoel en veel verenigingen.',
      en: 'Zuilen, Ondiep and Pijlsweerd: former working-class neighbourhoods with a strong local spirit and many associations.',
    },
    buurten: ['Zuilen', 'Ondiep', 'Pijlsweerd', 'Elinkwijk'],
    postcodes: [3551, 3552, 3553, 3554, 3555],
    streets: ['Staalwerkerstraat', 'Ketelmakershof', 'Smederijpad', 'Draaibankstraat', 'Gieterijlaan'],
  },
  overvecht: {
    description: {
      nl: 'Wijk in het noorden met veel flats, parken en groen. Hier wonen mensen uit meer dan honderd landen.',
      en: 'District in the north with many flats, parks and green spaces. People from more than a hundred countries live here.',
    },
    buurten: ['Overvecht-Noord', 'Overvecht-Zuid', 'Vechtzoom', 'Overvecht-Centrum'],
    postcodes: [3561, 3562, 3563, 3564],
    streets: ['Wolgadreef', 'Jordaandreef', 'Orinocodreef', 'Mekongdreef', 'Limpopodreef'],
  },
  noordoost: {
    description: {
      nl: 'Rustige woonwijk met Tuindorp, Voordorp en Wittevrouwen. Veel gezinnen en ouderen.',
      en: 'Quiet residential district with Tuindorp, Voordorp and Wittevrouwen. Many families and older people.',
    },
    buurten: ['Wittevrouwen', 'Tuindorp', 'Voordorp', 'Tuinwijk'],
    postcodes: [3571, 3572, 3573],
    streets: ['Klaprooslaan', 'Hoefbladstraat', 'Boterbloemhof', 'Vlasbloemstraat', 'Duizendbladpad'],
  },
  oost: {
    description: {
      nl: 'Wijk met de universiteit, het ziekenhuis en buurten als Oudwijk, Abstede en Sterrenwijk.',
      en: 'District with the university, the hospital and neighbourhoods such as Oudwijk, Abstede and Sterrenwijk.',
    },
    buurten: ['Oudwijk', 'Abstede', 'Sterrenwijk', 'Rijnsweerd', 'Galgenwaard'],
    postcodes: [3581, 3582, 3583, 3584, 3585],
    streets: ['Komeetstraat', 'Poolsterhof', 'Nevelvlekpad', 'Planetariumlaan', 'Zonnewendestraat'],
  },
  binnenstad: {
    description: {
      nl: 'Het oude centrum rond de Dom, met grachten, winkels en veel studenten.',
      en: 'The old centre around the Dom tower, with canals, shops and many students.',
    },
    buurten: ['Wijk C', 'Museumkwartier', 'Domkwartier'],
    postcodes: [3511, 3512],
    streets: ['Kaarsenmakersgang', 'Perkamentsteeg', 'Klokkengieterswerf', 'Boekbindersgang', 'Zilversmidsteeg'],
  },
  zuid: {
    description: {
      nl: 'Hoograven, Lunetten en Tolsteeg: wijken met veel groen, langs de Vaartsche Rijn.',
      en: 'Hoograven, Lunetten and Tolsteeg: green districts along the Vaartsche Rijn canal.',
    },
    buurten: ['Hoograven', 'Lunetten', 'Tolsteeg', 'Rotsoord'],
    postcodes: [3521, 3522, 3523, 3524],
    streets: ['Schansmeesterpad', 'Bastionhof', 'Vestingwachtstraat', 'Kazemattenlaan', 'Grachtwalpad'],
  },
  zuidwest: {
    description: {
      nl: 'Kanaleneiland, Transwijk, Rivierenwijk en Dichterswijk: jonge, diverse wijken met veel nieuwkomers.',
      en: 'Kanaleneiland, Transwijk, Rivierenwijk and Dichterswijk: young, diverse neighbourhoods with many newcomers.',
    },
    buurten: ['Kanaleneiland', 'Transwijk', 'Rivierenwijk', 'Dichterswijk'],
    postcodes: [3525, 3526, 3527],
    streets: ['Sluiswachtersplein', 'Kadehof', 'Zandschipperstraat', 'Beurtvaartlaan', 'Trekpaadje'],
  },
  'leidsche-rijn': {
    description: {
      nl: 'Nieuwe wijk aan de westkant van de stad, met veel jonge gezinnen en het Máximapark.',
      en: 'New district on the west side of the city, with many young families and Máxima Park.',
    },
    buurten: ['Terwijde', 'Parkwijk', 'Langerak', 'Het Zand', 'Leidsche Rijn Centrum'],
    postcodes: [3541, 3542, 3543, 3544, 3545],
    streets: ['Waterjuffersingel', 'Libellepad', 'Kikkerbeethof', 'Rietzangerstraat', 'Oeverzegglaan'],
  },
  'vleuten-de-meern': {
    description: {
      nl: 'Vleuten, De Meern, Vleuterweide en Haarzuilens: dorpen die bij Utrecht horen, met veel nieuwbouw.',
      en: 'Vleuten, De Meern, Vleuterweide and Haarzuilens: villages that are part of Utrecht, with much new housing.',
    },
    buurten: ['Vleuten', 'De Meern', 'Vleuterweide', 'Haarzuilens'],
    // Vleuten-De Meern has its own postcode area (3451–3455), part of the municipality of Utrecht.
    postcodes: [3451, 3452, 3453, 3454],
    streets: ['Boomgaardlaan', 'Perenhof', 'Hoogstamstraat', 'Kersenpluk', 'Appelgaardpad'],
  },
};

const COMMUNITIES = [
  {
    slug: 'marokkaans-nederlands',
    name: { nl: 'Marokkaans-Nederlands', en: 'Moroccan Dutch' },
    adj: { nl: 'Marokkaanse', en: 'Moroccan' },
    languages: ['arabisch', 'tamazight'],
    names: 'maghreb',
    faith: 'moskee',
    weight: 5,
  },
  {
    slug: 'turks-nederlands',
    name: { nl: 'Turks-Nederlands', en: 'Turkish Dutch' },
    adj: { nl: 'Turkse', en: 'Turkish' },
    languages: ['turks'],
    names: 'turkish',
    faith: 'moskee',
    weight: 4,
  },
  {
    slug: 'surinaams',
    name: { nl: 'Surinaams', en: 'Surinamese' },
    adj: { nl: 'Surinaamse', en: 'Surinamese' },
    languages: ['sranantongo'],
    names: 'caribbean',
    faith: 'hindoe',
    weight: 2,
  },
  {
    slug: 'antilliaans',
    name: { nl: 'Antilliaans en Arubaans', en: 'Antillean and Aruban' },
    adj: { nl: 'Antilliaanse', en: 'Antillean' },
    languages: ['papiaments'],
    names: 'caribbean',
    faith: 'kerk',
    weight: 2,
  },
  {
    slug: 'syrisch',
    name: { nl: 'Syrisch', en: 'Syrian' },
    adj: { nl: 'Syrische', en: 'Syrian' },
    languages: ['arabisch'],
    names: 'maghreb',
    faith: 'moskee',
    weight: 3,
  },
  {
    slug: 'eritrees',
    name: { nl: 'Eritrees', en: 'Eritrean' },
    adj: { nl: 'Eritrese', en: 'Eritrean' },
    languages: ['tigrinya'],
    names: 'horn',
    faith: 'orthodox',
    weight: 3,
  },
  {
    slug: 'somalisch',
    name: { nl: 'Somalisch', en: 'Somali' },
    adj: { nl: 'Somalische', en: 'Somali' },
    languages: ['somalisch'],
    names: 'horn',
    faith: 'moskee',
    weight: 2,
  },
  {
    slug: 'afghaans',
    name: { nl: 'Afghaans', en: 'Afghan' },
    adj: { nl: 'Afghaanse', en: 'Afghan' },
    languages: ['farsi', 'pashto'],
    names: 'persian',
    faith: 'moskee',
    weight: 2,
  },
  {
    slug: 'koerdisch',
    name: { nl: 'Koerdisch', en: 'Kurdish' },
    adj: { nl: 'Koerdische', en: 'Kurdish' },
    languages: ['koerdisch', 'turks'],
    names: 'turkish',
    faith: null,
    weight: 2,
  },
  {
    slug: 'pools',
    name: { nl: 'Pools', en: 'Polish' },
    adj: { nl: 'Poolse', en: 'Polish' },
    languages: ['pools'],
    names: 'slavic',
    faith: 'parochie',
    weight: 2,
  },
  {
    slug: 'oekraiens',
    name: { nl: 'Oekraïens', en: 'Ukrainian' },
    adj: { nl: 'Oekraïense', en: 'Ukrainian' },
    languages: ['oekraiens', 'russisch'],
    names: 'slavic',
    faith: 'orthodox',
    weight: 2,
  },
  {
    slug: 'ghanees',
    name: { nl: 'Ghanees', en: 'Ghanaian' },
    adj: { nl: 'Ghanese', en: 'Ghanaian' },
    languages: ['twi', 'engels'],
    names: 'westafrican',
    faith: 'pinkster',
    weight: 2,
  },
  {
    slug: 'chinees',
    name: { nl: 'Chinees', en: 'Chinese' },
    adj: { nl: 'Chinese', en: 'Chinese' },
    languages: ['chinees'],
    names: 'chinese',
    faith: 'kerk',
    weight: 1,
  },
  {
    slug: 'iraans',
    name: { nl: 'Iraans', en: 'Iranian' },
    adj: { nl: 'Iraanse', en: 'Iranian' },
    languages: ['farsi'],
    names: 'persian',
    faith: null,
    weight: 1,
  },
  {
    slug: 'latijns-amerikaans',
    name: { nl: 'Latijns-Amerikaans', en: 'Latin American' },
    adj: { nl: 'Latijns-Amerikaanse', en: 'Latin American' },
    languages: ['spaans'],
    names: 'latin',
    faith: 'kerk',
    weight: 1,
  },
  { slug: 'moluks', name: { nl: 'Moluks', en: 'Moluccan' }, adj: { nl: 'Molukse', en: 'Moluccan' }, languages: [], names: 'dutch', faith: 'kerk', weight: 1 },
];

const LANGUAGES = [
  { slug: 'nederlands', code: 'nl', nativeName: 'Nederlands', name: { nl: 'Nederlands', en: 'Dutch' } },
  { slug: 'engels', code: 'en', nativeName: 'English', name: { nl: 'Engels', en: 'English' } },
  { slug: 'arabisch', code: 'ar', nativeName: 'العربية', name: { nl: 'Arabisch', en: 'Arabic' } },
  { slug: 'turks', code: 'tr', nativeName: 'Türkçe', name: { nl: 'Turks', en: 'Turkish' } },
  {
    slug: 'tamazight',
    code: 'ber',
    nativeName: 'Tamaziɣt',
    name: { nl: 'Tamazight (Berbers)', en: 'Tamazight (Berber)' },
    short: { nl: 'Tamazight', en: 'Tamazight' },
  },
  { slug: 'tigrinya', code: 'ti', nativeName: 'ትግርኛ', name: { nl: 'Tigrinya', en: 'Tigrinya' } },
  { slug: 'somalisch', code: 'so', nativeName: 'Soomaali', name: { nl: 'Somalisch', en: 'Somali' } },
  {
    slug: 'farsi',
    code: 'fa',
    nativeName: 'فارسی',
    name: { nl: 'Farsi (Perzisch, ook Dari)', en: 'Farsi (Persian, also Dari)' },
    short: { nl: 'Farsi', en: 'Farsi' },
  },
  { slug: 'pashto', code: 'ps', nativeName: 'پښتو', name: { nl: 'Pashto', en: 'Pashto' } },
  { slug: 'koerdisch', code: 'ku', nativeName: 'Kurdî', name: { nl: 'Koerdisch', en: 'Kurdish' } },
  { slug: 'pools', code: 'pl', nativeName: 'Polski', name: { nl: 'Pools', en: 'Polish' } },
  { slug: 'oekraiens', code: 'uk', nativeName: 'Українська', name: { nl: 'Oekraïens', en: 'Ukrainian' } },
  { slug: 'russisch', code: 'ru', nativeName: 'Русский', name: { nl: 'Russisch', en: 'Russian' } },
  { slug: 'chinees', code: 'zh', nativeName: '中文', name: { nl: 'Chinees (Mandarijn)', en: 'Chinese (Mandarin)' }, short: { nl: 'Chinees', en: 'Chinese' } },
  { slug: 'spaans', code: 'es', nativeName: 'Español', name: { nl: 'Spaans', en: 'Spanish' } },
  { slug: 'papiaments', code: 'pap', nativeName: 'Papiamentu', name: { nl: 'Papiaments', en: 'Papiamento' } },
  { slug: 'sranantongo', code: 'srn', nativeName: 'Sranantongo', name: { nl: 'Sranantongo', en: 'Sranan Tongo' } },
  { slug: 'twi', code: 'tw', nativeName: 'Twi', name: { nl: 'Twi', en: 'Twi' } },
];
const LANGUAGE_BY_SLUG = new Map(LANGUAGES.map((l) => [l.slug, l]));
const langShort = (slug, locale) => {
  const l = LANGUAGE_BY_SLUG.get(slug);
  return (l.short ?? l.name)[locale];
};

const TARGET_GROUPS = [
  { slug: 'jongeren', name: { nl: 'Jongeren', en: 'Young people' } },
  { slug: 'vrouwen', name: { nl: 'Vrouwen', en: 'Women' } },
  { slug: 'ouderen', name: { nl: 'Ouderen', en: 'Older people' } },
  { slug: 'gezinnen', name: { nl: 'Gezinnen', en: 'Families' } },
  { slug: 'nieuwkomers', name: { nl: 'Nieuwkomers', en: 'Newcomers' } },
  { slug: 'mannen', name: { nl: 'Mannen', en: 'Men' } },
  { slug: 'kinderen', name: { nl: 'Kinderen', en: 'Children' } },
  { slug: 'statushouders', name: { nl: 'Statushouders', en: 'Refugees with a residence permit' } },
];
const TG = new Map(TARGET_GROUPS.map((t) => [t.slug, t]));
const tgText = (slug, locale) => {
  if (slug === 'statushouders' && locale === 'en') return 'refugees';
  return TG.get(slug).name[locale].toLowerCase();
};

// ---------------------------------------------------------------------------------------------------
// Invented names

const COINED = [
  'Brugwerk',
  'Sterrendak',
  'Lantaarnhuis',
  'Vlechtwerk',
  'Kompasroos',
  'Waaierhart',
  'Zonnewijzer',
  'Wilgenkring',
  'Tafelrond',
  'Kleurpalet',
  'Dadelpalm',
  'Cederhof',
  'Olijfgaard',
  'Granaatappel',
  'Jasmijnhof',
  'Baobabkring',
  'Lotusveld',
  'Korenschoof',
  'Vuurvlieg',
  'Zilverdraad',
  'Nieuwe Oever',
  'Open Venster',
  'Gouden Draad',
  'Morgenrood',
  'Vogelvlucht',
  'Windroos',
  'Eikenkring',
  'Sleutelbos',
  'Lichtbaken',
  'Tweestroom',
  'Duizendblad',
  'Kardemom',
  'Saffraan',
  'Muntblad',
  'Lindeblad',
  'Akkerwinde',
  'Kraanvogel',
  'Zeeglas',
  'Hazelaar',
  'Sterappel',
  'Theepot',
  'Handreiking',
  'Zaaigoed',
  'Wortelkracht',
  'Regenboogboom',
  'Stadsoase',
  'Dwarsfluit',
  'Palmblad',
  'Wolkenfabriek',
];
const VERENIGING_KINDS = [
  { nl: 'Vrouwenvereniging', tg: 'vrouwen' },
  { nl: 'Ouderenvereniging', tg: 'ouderen' },
  { nl: 'Jongerenvereniging', tg: 'jongeren' },
  { nl: 'Culturele Vereniging', tg: 'gezinnen' },
  { nl: 'Sportvereniging', tg: 'jongeren' },
  { nl: 'Ouderenvereniging', tg: 'ouderen' },
];
const NETWORK_KINDS = [
  { nl: 'moedersgroep', tg: 'vrouwen' },
  { nl: 'vrouwengroep', tg: 'vrouwen' },
  { nl: 'jongerengroep', tg: 'jongeren' },
  { nl: 'vadersgroep', tg: 'mannen' },
  { nl: 'theekring', tg: 'ouderen' },
  { nl: 'nieuwkomersgroep', tg: 'nieuwkomers' },
];
const FAITH_KINDS = {
  moskee: (c) => `Moskeestichting ${c}`,
  orthodox: (c) => `Orthodoxe Kerkgemeenschap ${c}`,
  pinkster: (c) => `Internationale Pinkstergemeente ${c}`,
  hindoe: (c) => `Hindoestaanse Vereniging ${c}`,
  parochie: (c) => `Parochiegemeenschap ${c}`,
  kerk: (c) => `Kerkgemeenschap ${c}`,
};
const BUURTCENTRUM_NAMES = [
  'De Lantaarn',
  'Het Klaverblad',
  'De Wilgenhof',
  'De Vlinderhoek',
  'Het Kompas',
  'De Zonnewijzer',
  'De Waaier',
  'Het Ankerpunt',
  'De Boomgaard',
  'De Kastanje',
  'Het Vlot',
  'De Kapstok',
  'Het Schakelhuis',
  'De Lindeboom',
  'Het Buurtnest',
  'De Honingraat',
  'Het Zeilschip',
  'De Brede Stoep',
  'De Kruidentuin',
  'Het Trapveld',
];

const PERSON_NAMES = {
  maghreb: {
    first: ['Samira', 'Youssef', 'Naima', 'Khalid', 'Houda', 'Rachid', 'Loubna', 'Anouar', 'Siham', 'Bilal', 'Rania', 'Tarik'],
    last: ['Bouazzati', 'El Ouardi', 'Tahiri', 'Ait Lahcen', 'Benhaddou', 'Zerouali', 'Al-Khatib', 'Haddadi', 'Mansouri'],
  },
  turkish: {
    first: ['Ayşe', 'Mehmet', 'Zeynep', 'Emre', 'Hatice', 'Serkan', 'Elif', 'Murat', 'Dilan', 'Baran', 'Rojda'],
    last: ['Karaçay', 'Yıldırımlı', 'Demirtaşlı', 'Akgündüz', 'Özkaya', 'Kılınçer', 'Bozdemir', 'Aydoğmuş'],
  },
  caribbean: {
    first: ['Sharon', 'Rodney', 'Mireille', 'Glenn', 'Jurgen', 'Anouschka', 'Ravi', 'Shanti', 'Quincy', 'Marisol'],
    last: ['Doelwijt', 'Ramkhelawan', 'Martina', 'Rosaria', 'Sewcharan', 'Frans-Lont', 'Pinas', 'Jacobina'],
  },
  horn: {
    first: ['Senait', 'Yonas', 'Hiwet', 'Filmon', 'Saba', 'Abdirahman', 'Hodan', 'Mahad', 'Ifrah', 'Luwam'],
    last: ['Tesfamariam', 'Gebrehiwet', 'Abraha', 'Warsame', 'Jama Osman', 'Haile', 'Ghebremedhin', 'Abdi Nur'],
  },
  persian: {
    first: ['Parisa', 'Farid', 'Mariam', 'Ahmad Shah', 'Nasrin', 'Dariush', 'Shabnam', 'Hamid', 'Laleh', 'Sohrab'],
    last: ['Rahimzada', 'Karimi-Nouri', 'Hosseinpour', 'Sadiqi', 'Ahmadzai', 'Mohebbi', 'Nazari', 'Safavi'],
  },
  slavic: {
    first: ['Agnieszka', 'Tomasz', 'Olena', 'Mykola', 'Katarzyna', 'Oksana', 'Piotr', 'Iryna', 'Taras', 'Marta'],
    last: ['Wiśniewska', 'Kowalczyk', 'Shevchuk', 'Bondarenko', 'Zielińska', 'Kravets', 'Nowicki', 'Melnyk'],
  },
  westafrican: {
    first: ['Akosua', 'Kwame', 'Abena', 'Kofi', 'Adwoa', 'Yaw', 'Efua', 'Kwabena'],
    last: ['Mensah-Owusu', 'Boateng', 'Asante', 'Adjei', 'Ofori-Atta', 'Darko', 'Agyeman'],
  },
  chinese: {
    first: ['Mei', 'Wei', 'Lian', 'Jun', 'Xiu', 'Hao', 'Ling', 'Chen'],
    last: ['Zhou', 'Lin', 'Huang', 'Wu', 'Zheng', 'Tang'],
  },
  latin: {
    first: ['Lucía', 'Andrés', 'Valentina', 'Camilo', 'Gabriela', 'Mateo', 'Daniela'],
    last: ['Restrepo', 'Quispe', 'Valderrama', 'Montoya', 'Cárdenas', 'Ibarra'],
  },
  dutch: {
    first: ['Esther', 'Johan', 'Mirjam', 'Ruben', 'Ingrid', 'Lars', 'Femke', 'Wim', 'Anke', 'Marco'],
    last: ['Latuheru-Vos', 'de Wilde', 'Tahapary', 'van der Meulen', 'Pattiasina', 'Brouwers', 'Huisman'],
  },
};

// ---------------------------------------------------------------------------------------------------
// Activity and room templates

/** rec: 'weekly' | 'biweekly' (INTERVAL=2 with COUNT) | 'monthly' (nth weekday) | 'once'. Times in minutes. */
const ACTIVITY_TEMPLATES = [
  {
    theme: 'taal-en-inburgering',
    rec: 'weekly',
    days: ['WE', 'TH', 'SA'],
    times: [600, 1140],
    minutes: 120,
    tgs: ['nieuwkomers', 'statushouders'],
    title: { nl: 'Taalcafé', en: 'Language café' },
    summary: {
      nl: 'Oefen Nederlands praten met andere mensen uit de buurt, met koffie en thee. Alle niveaus zijn welkom.',
      en: 'Practise speaking Dutch with other people from the neighbourhood, over coffee and tea. All levels are welcome.',
    },
    more: {
      nl: 'We praten in kleine groepjes over gewone dingen: boodschappen, de dokter, school. Een vrijwilliger helpt als je een woord niet weet.',
      en: 'We talk in small groups about everyday things: shopping, the doctor, school. A volunteer helps when you do not know a word.',
    },
  },
  {
    theme: 'taal-en-inburgering',
    rec: 'weekly',
    days: ['MO', 'TU'],
    times: [810],
    minutes: 120,
    tgs: ['nieuwkomers', 'statushouders'],
    title: { nl: 'Inloopspreekuur voor nieuwkomers', en: 'Drop-in for newcomers' },
    summary: {
      nl: 'Heb je vragen over inburgering, brieven of je nieuwe buurt? Kom langs, wij helpen je verder.',
      en: 'Do you have questions about civic integration, letters or your new neighbourhood? Drop by and we will help you.',
    },
    more: {
      nl: 'Neem je brieven en je verblijfspas mee. Weten we het antwoord niet? Dan zoeken we samen wie je verder kan helpen.',
      en: 'Bring your letters and residence card. If we do not know the answer, we find out together who can help you.',
    },
  },
  {
    theme: 'opvoeding-en-onderwijs',
    extra: 'taal-en-inburgering',
    rec: 'monthly',
    nth: [2],
    days: ['SA'],
    times: [630],
    minutes: 90,
    tgs: ['kinderen', 'gezinnen'],
    title: { nl: 'Voorleesochtend in twee talen', en: 'Bilingual story morning' },
    summary: {
      nl: 'Voorlezen voor kinderen van 2 tot 8 jaar, in het Nederlands en in de taal van thuis. Ouders lezen mee.',
      en: 'Story time for children aged 2 to 8, in Dutch and in their home language. Parents read along.',
    },
    more: {
      nl: 'Na het voorlezen knutselen de kinderen. Ouders krijgen tips om thuis samen te lezen.',
      en: 'After the stories the children do crafts. Parents get tips for reading together at home.',
    },
  },
  {
    theme: 'gezondheid-en-zorg',
    rec: 'biweekly',
    days: ['TH'],
    times: [1080],
    minutes: 150,
    tgs: ['vrouwen', 'gezinnen'],
    cost: { nl: '€ 3 per keer, inclusief eten', en: '€3 per session, food included' },
    title: { nl: 'Gezond koken en eten', en: 'Healthy cooking and eating' },
    summary: {
      nl: 'Samen koken met recepten uit je eigen keuken, maar dan met minder suiker, zout en vet. Daarna eten we samen.',
      en: 'Cooking together with recipes from your own cuisine, but with less sugar, salt and fat. Then we eat together.',
    },
    more: {
      nl: 'Een diëtist komt twee keer langs om vragen te beantwoorden. Je krijgt de recepten mee naar huis.',
      en: 'A dietitian joins twice to answer questions. You take the recipes home with you.',
    },
  },
  {
    theme: 'gezondheid-en-zorg',
    rec: 'once',
    days: ['TU', 'WE', 'TH'],
    times: [1170],
    minutes: 120,
    tgs: ['nieuwkomers', 'ouderen'],
    register: true,
    title: { nl: 'Informatieavond: zo werkt de zorg in Nederland', en: 'Information evening: how healthcare works in the Netherlands' },
    summary: {
      nl: 'Wat doet de huisarts? Wanneer ga je naar het ziekenhuis? En wat betaal je zelf? Een wijkverpleegkundige legt het uit.',
      en: 'What does the GP do? When do you go to the hospital? And what do you pay yourself? A district nurse explains.',
    },
    more: {
      nl: 'Er is een tolk aanwezig. Je kunt ook vragen stellen over de zorgverzekering en het eigen risico.',
      en: 'An interpreter is present. You can also ask about health insurance and the deductible.',
    },
  },
  {
    theme: 'gezondheid-en-zorg',
    rec: 'biweekly',
    days: ['MO'],
    times: [600],
    minutes: 90,
    tgs: ['vrouwen', 'mannen'],
    title: { nl: 'Praatgroep over stress en zorgen', en: 'Talking group about stress and worries' },
    summary: {
      nl: 'Een veilige groep om te praten over stress, slecht slapen of heimwee. Wat je vertelt, blijft in de groep.',
      en: 'A safe group to talk about stress, poor sleep or homesickness. What you share stays in the group.',
    },
    more: {
      nl: 'De groep wordt begeleid door een ervaren vrijwilliger. Als het nodig is, helpen we je de weg te vinden naar de huisarts of het buurtteam.',
      en: 'An experienced volunteer guides the group. If needed, we help you find your way to the GP or the neighbourhood team.',
    },
  },
  {
    theme: 'opvoeding-en-onderwijs',
    rec: 'weekly',
    days: ['TU,TH'],
    times: [930],
    minutes: 120,
    tgs: ['kinderen'],
    title: { nl: 'Huiswerkklas', en: 'Homework club' },
    summary: {
      nl: 'Hulp bij huiswerk voor kinderen van groep 5 tot en met de tweede klas. Vrijwilligers helpen met rekenen, taal en plannen.',
      en: 'Homework help for children from year 5 of primary school up to the second year of secondary school. Volunteers help with maths, language and planning.',
    },
    more: {
      nl: 'Er is fruit en drinken. Ouders kunnen na afloop even bijpraten met de begeleiders.',
      en: 'There is fruit and something to drink. Parents can catch up with the volunteers afterwards.',
    },
  },
  {
    theme: 'opvoeding-en-onderwijs',
    rec: 'monthly',
    nth: [1, 3],
    days: ['WE', 'FR'],
    times: [570],
    minutes: 120,
    tgs: ['gezinnen', 'vrouwen'],
    title: { nl: 'Opvoedcafé voor ouders', en: 'Parenting café' },
    summary: {
      nl: 'Ouders praten met elkaar over opvoeden in twee culturen: regels, schermtijd, puberteit en school.',
      en: 'Parents talk with each other about raising children between two cultures: rules, screen time, puberty and school.',
    },
    more: {
      nl: 'Soms komt er een gast, zoals een jeugdverpleegkundige of een leerkracht. Kleine kinderen mogen mee.',
      en: 'Sometimes a guest joins, such as a youth nurse or a teacher. Young children are welcome.',
    },
  },
  {
    theme: 'opvoeding-en-onderwijs',
    rec: 'once',
    days: ['TU', 'TH'],
    times: [1140],
    minutes: 120,
    tgs: ['gezinnen', 'jongeren'],
    register: true,
    title: { nl: 'Informatieavond over de middelbare school', en: 'Information evening about secondary school' },
    summary: {
      nl: 'Wat is het verschil tussen vmbo, havo en vwo? Hoe werkt het schooladvies? Ouders en kinderen krijgen uitleg en tips.',
      en: 'What is the difference between the school levels vmbo, havo and vwo? How does the school advice work? Parents and children get explanations and tips.',
    },
    more: {
      nl: 'Oud-leerlingen vertellen over hun eigen ervaring. Er is uitleg in meerdere talen.',
      en: 'Former pupils share their own experience. Explanations are given in several languages.',
    },
  },
  {
    theme: 'werk-en-inkomen',
    rec: 'biweekly',
    days: ['TU'],
    times: [1140],
    minutes: 120,
    tgs: ['jongeren', 'statushouders'],
    register: true,
    title: { nl: 'Sollicitatietraining', en: 'Job application training' },
    summary: {
      nl: 'Leer een cv maken, een sollicitatiebrief schrijven en oefen een gesprek. Met vrijwilligers die zelf werkgever zijn.',
      en: 'Learn to write a CV and a cover letter and practise an interview. With volunteers who are employers themselves.',
    },
    more: {
      nl: 'De training heeft een vast aantal lessen. Neem als je kunt een laptop mee; we hebben er ook een paar te leen.',
      en: 'The training has a fixed number of sessions. Bring a laptop if you can; we also have a few to lend.',
    },
  },
  {
    theme: 'werk-en-inkomen',
    rec: 'weekly',
    days: ['MO', 'WE'],
    times: [600],
    minutes: 120,
    tgs: ['ouderen', 'vrouwen'],
    cost: { nl: '€ 1 per keer', en: '€1 per session' },
    title: { nl: 'Computerles voor beginners', en: 'Computer class for beginners' },
    summary: {
      nl: 'Leer stap voor stap werken met een computer en je telefoon: e-mail, DigiD en veilig internetten.',
      en: 'Learn step by step how to use a computer and your phone: e-mail, DigiD and staying safe online.',
    },
    more: {
      nl: 'De groep is klein, zodat iedereen aandacht krijgt. Je hoeft nog niets te kunnen.',
      en: 'The group is small so everyone gets attention. You do not need any experience.',
    },
  },
  {
    theme: 'geldzaken-en-schulden',
    rec: 'weekly',
    days: ['MO', 'WE'],
    times: [780],
    minutes: 120,
    tgs: ['gezinnen', 'ouderen'],
    title: { nl: 'Spreekuur brieven en geldzaken', en: 'Drop-in help with letters and money' },
    summary: {
      nl: 'Snap je een brief niet, of maak je je zorgen over rekeningen? Onze vrijwilligers kijken met je mee. Zonder afspraak.',
      en: 'Do you not understand a letter, or are you worried about bills? Our volunteers will look at it with you. No appointment needed.',
    },
    more: {
      nl: 'We helpen met toeslagen, betalingsregelingen en formulieren. Bij grotere schulden brengen we je in contact met het buurtteam.',
      en: 'We help with benefits, payment plans and forms. For bigger debts we put you in touch with the neighbourhood team.',
    },
  },
  {
    theme: 'geldzaken-en-schulden',
    rec: 'once',
    days: ['WE', 'TH'],
    times: [1140],
    minutes: 120,
    tgs: ['gezinnen', 'jongeren'],
    register: true,
    title: { nl: 'Workshop rondkomen met je geld', en: 'Workshop: making ends meet' },
    summary: {
      nl: 'Hoe houd je overzicht over je geld? Je maakt een eigen maandplan en hoort waar je recht op hebt.',
      en: 'How do you keep track of your money? You make your own monthly plan and learn what support you are entitled to.',
    },
    more: {
      nl: 'De workshop is gratis. Je krijgt een map mee met handige adressen in Utrecht.',
      en: 'The workshop is free. You take home a folder with useful addresses in Utrecht.',
    },
  },
  {
    theme: 'ontmoeting-en-eenzaamheid',
    rec: 'weekly',
    days: ['TU', 'FR'],
    times: [600],
    minutes: 120,
    tgs: ['vrouwen'],
    title: { nl: 'Vrouwenochtend met thee', en: "Women's morning with tea" },
    summary: {
      nl: 'Elke week drinken vrouwen uit de buurt samen thee. We praten, lachen en maken soms iets met onze handen.',
      en: 'Every week women from the neighbourhood drink tea together. We talk, laugh and sometimes make something by hand.',
    },
    more: {
      nl: 'Nieuwe vrouwen zijn altijd welkom. Je kunt je baby of peuter meenemen.',
      en: 'New women are always welcome. You can bring your baby or toddler.',
    },
  },
  {
    theme: 'ontmoeting-en-eenzaamheid',
    rec: 'weekly',
    days: ['TU', 'TH'],
    times: [600],
    minutes: 120,
    tgs: ['ouderen'],
    title: { nl: 'Koffie-inloop voor ouderen', en: 'Coffee drop-in for older people' },
    summary: {
      nl: 'Een vaste plek om andere ouderen te ontmoeten. Met koffie, een spelletje en soms een kleine lezing.',
      en: 'A regular place to meet other older people. With coffee, a game and sometimes a short talk.',
    },
    more: {
      nl: 'Kunt u niet goed lopen? Een vrijwilliger kan u ophalen. Bel of mail ons van tevoren.',
      en: 'Do you find walking difficult? A volunteer can pick you up. Call or e-mail us in advance.',
    },
  },
  {
    theme: 'ontmoeting-en-eenzaamheid',
    rec: 'monthly',
    nth: [-1],
    days: ['FR', 'SA'],
    times: [1080],
    minutes: 150,
    tgs: ['ouderen', 'gezinnen'],
    cost: { nl: '€ 4 per persoon, kinderen gratis', en: '€4 per person, children free' },
    title: { nl: 'Samen eten', en: 'Eating together' },
    summary: {
      nl: 'Eén keer per maand koken vrijwilligers een maaltijd voor de buurt. Iedereen eet mee aan lange tafels.',
      en: 'Once a month volunteers cook a meal for the neighbourhood. Everyone eats together at long tables.',
    },
    more: {
      nl: 'Het eten is halal en er is altijd een vegetarische keuze. Geef van tevoren door als je komt.',
      en: 'The food is halal and there is always a vegetarian option. Let us know in advance if you are coming.',
    },
  },
  {
    theme: 'cultuur-en-feest',
    rec: 'once',
    days: ['SA'],
    times: [1140],
    minutes: 240,
    tgs: ['gezinnen', 'jongeren'],
    register: true,
    cost: { nl: '€ 10, inclusief eten', en: '€10, food included' },
    title: { nl: 'Feestavond met muziek en eten', en: 'Party night with music and food' },
    summary: {
      nl: 'Een avond met livemuziek, dans en gerechten uit onze keuken. Neem je buren en vrienden mee.',
      en: 'An evening with live music, dancing and dishes from our kitchen. Bring your neighbours and friends.',
    },
    more: {
      nl: 'De opbrengst gaat naar onze activiteiten voor kinderen. Kaartjes kun je vooraf kopen of aan de deur.',
      en: "The proceeds go to our children's activities. You can buy tickets in advance or at the door.",
    },
  },
  {
    theme: 'cultuur-en-feest',
    rec: 'weekly',
    days: ['SA', 'SU'],
    times: [840],
    minutes: 90,
    tgs: ['kinderen'],
    cost: { nl: '€ 2 per les', en: '€2 per class' },
    title: { nl: 'Muziek- en dansles voor kinderen', en: 'Music and dance class for children' },
    summary: {
      nl: 'Kinderen van 6 tot 12 jaar leren traditionele dansen en liedjes. Aan het eind van het seizoen is er een optreden.',
      en: 'Children aged 6 to 12 learn traditional dances and songs. At the end of the season there is a performance.',
    },
    more: {
      nl: 'Je kunt eerst een keer gratis meedoen. Er is een stapelkorting voor broertjes en zusjes.',
      en: 'You can join once for free first. Brothers and sisters get a discount.',
    },
  },
  {
    theme: 'cultuur-en-feest',
    rec: 'once',
    days: ['FR'],
    times: [1170],
    minutes: 150,
    tgs: ['jongeren', 'vrouwen'],
    title: { nl: 'Filmavond met nagesprek', en: 'Film night with discussion' },
    summary: {
      nl: 'We kijken een film uit het land van herkomst, met Nederlandse ondertitels. Daarna praten we erover.',
      en: 'We watch a film from the country of origin, with Dutch subtitles. Afterwards we talk about it.',
    },
    more: { nl: 'Er is popcorn en thee. De film is geschikt vanaf 12 jaar.', en: 'There is popcorn and tea. The film is suitable from age 12.' },
  },
  {
    theme: 'sport-en-bewegen',
    rec: 'weekly',
    days: ['SA', 'SU'],
    times: [600],
    minutes: 90,
    tgs: ['vrouwen', 'ouderen'],
    title: { nl: 'Wandelgroep', en: 'Walking group' },
    summary: {
      nl: 'Samen wandelen door het park, in je eigen tempo. Goed voor je lijf en gezellig.',
      en: 'Walking together through the park, at your own pace. Good for your body and sociable too.',
    },
    more: {
      nl: 'We vertrekken vanaf de ingang van het gebouw. Bij harde regen gaat de wandeling niet door; je krijgt dan een appje.',
      en: 'We leave from the entrance of the building. In heavy rain the walk is cancelled; you will get a message.',
    },
  },
  {
    theme: 'sport-en-bewegen',
    rec: 'weekly',
    days: ['WE', 'FR'],
    times: [1140],
    minutes: 120,
    tgs: ['jongeren'],
    cost: { nl: '€ 1 per keer', en: '€1 per session' },
    title: { nl: 'Zaalvoetbal voor jongeren', en: 'Indoor football for young people' },
    summary: {
      nl: 'Voetballen in de gymzaal voor jongeren van 12 tot 18 jaar. Met een trainer uit de buurt.',
      en: 'Football in the gym for young people aged 12 to 18. With a coach from the neighbourhood.',
    },
    more: {
      nl: 'Neem sportschoenen mee met een lichte zool. Na het voetballen is er tijd om te praten.',
      en: 'Bring sports shoes with light soles. After football there is time to talk.',
    },
  },
  {
    theme: 'sport-en-bewegen',
    rec: 'biweekly',
    days: ['WE'],
    times: [600],
    minutes: 90,
    tgs: ['vrouwen'],
    register: true,
    title: { nl: 'Fietsles voor vrouwen', en: 'Cycling lessons for women' },
    summary: {
      nl: 'Leren fietsen in een rustige omgeving, met geduldige vrouwelijke begeleiders. Fietsen zijn aanwezig.',
      en: 'Learn to cycle in a quiet place, with patient female instructors. Bicycles are provided.',
    },
    more: {
      nl: 'Aan het eind van de lessen fiets je samen een rondje door de buurt en oefen je de verkeersregels.',
      en: 'At the end of the course you ride around the neighbourhood together and practise the traffic rules.',
    },
  },
  {
    theme: 'geloof-en-zingeving',
    rec: 'monthly',
    nth: [1],
    days: ['SU'],
    times: [840],
    minutes: 120,
    tgs: ['mannen', 'vrouwen'],
    title: { nl: 'Gesprekskring over geloof en leven', en: 'Discussion circle on faith and life' },
    summary: {
      nl: 'Een open gesprek over geloof, zingeving en leven in Nederland. Mensen van elk geloof zijn welkom.',
      en: 'An open conversation about faith, meaning and life in the Netherlands. People of every faith are welcome.',
    },
    more: {
      nl: 'Elke keer kiezen we samen een onderwerp. Er is thee en iets lekkers.',
      en: 'Each time we choose a topic together. There is tea and something sweet.',
    },
  },
  {
    theme: 'geloof-en-zingeving',
    extra: 'ontmoeting-en-eenzaamheid',
    religiousOnly: true,
    rec: 'once',
    days: ['SA', 'SU'],
    times: [780],
    minutes: 240,
    tgs: [],
    title: { nl: 'Open dag in ons gebedshuis', en: 'Open day at our place of worship' },
    summary: {
      nl: 'Buren en andere Utrechters zijn welkom om ons gebedshuis te bekijken. We geven rondleidingen en schenken thee.',
      en: 'Neighbours and other people from Utrecht are welcome to visit our place of worship. We give tours and serve tea.',
    },
    more: {
      nl: 'Iedereen is welkom, je hoeft niets te weten over ons geloof. Stel gerust al je vragen.',
      en: 'Everyone is welcome; you do not need to know anything about our faith. Feel free to ask any question.',
    },
  },
  {
    theme: 'wonen-en-buurt',
    rec: 'monthly',
    nth: [-1],
    days: ['SA'],
    times: [600],
    minutes: 120,
    tgs: ['jongeren', 'gezinnen'],
    title: { nl: 'Buurtschoonmaak', en: 'Neighbourhood clean-up' },
    summary: {
      nl: 'Samen maken we de straten en het plein schoon. Handschoenen en grijpers krijg je van ons.',
      en: 'Together we clean the streets and the square. We provide gloves and litter pickers.',
    },
    more: {
      nl: 'Na afloop drinken we samen iets. Kinderen mogen meedoen onder begeleiding van een ouder.',
      en: 'Afterwards we have a drink together. Children may join with a parent.',
    },
  },
  {
    theme: 'wonen-en-buurt',
    rec: 'biweekly',
    days: ['TH'],
    times: [840],
    minutes: 120,
    tgs: ['gezinnen', 'statushouders'],
    title: { nl: 'Spreekuur huren en wonen', en: 'Drop-in about renting and housing' },
    summary: {
      nl: 'Vragen over je huur, schimmel, je verhuurder of een nieuwe woning zoeken? Een vrijwilliger denkt met je mee.',
      en: 'Questions about your rent, damp, your landlord or finding a new home? A volunteer will think along with you.',
    },
    more: {
      nl: 'Neem je huurcontract en brieven mee. We verwijzen je door als dat nodig is, bijvoorbeeld naar het huurteam.',
      en: 'Bring your rental contract and letters. We refer you on when needed, for example to the tenants’ advice team.',
    },
  },
  {
    theme: 'radicaliseringspreventie',
    rec: 'once',
    days: ['TU', 'WE', 'TH'],
    times: [1170],
    minutes: 120,
    tgs: ['gezinnen'],
    register: true,
    title: { nl: 'Dialoogavond voor ouders: jongeren en sociale media', en: 'Dialogue evening for parents: young people and social media' },
    summary: {
      nl: 'Wat zien onze kinderen online, en hoe praat je erover? Ouders wisselen ervaringen uit met een jongerenwerker.',
      en: 'What do our children see online, and how do you talk about it? Parents share experiences with a youth worker.',
    },
    more: {
      nl: 'We praten in een kleine groep. Je hoeft niets te vertellen als je dat niet wilt.',
      en: 'We talk in a small group. You do not have to share anything if you do not want to.',
    },
  },
  {
    theme: 'radicaliseringspreventie',
    rec: 'biweekly',
    days: ['WE'],
    times: [1110],
    minutes: 90,
    tgs: ['jongeren'],
    title: { nl: 'Jongerenpraatgroep Mijn Plek', en: 'Youth talk group My Place' },
    summary: {
      nl: 'Jongeren praten over identiteit, erbij horen en hun plek in de stad. Met twee ervaren begeleiders.',
      en: 'Young people talk about identity, belonging and their place in the city. With two experienced facilitators.',
    },
    more: {
      nl: 'De groep is voor jongeren van 15 tot 21 jaar. Er is eten en drinken.',
      en: 'The group is for young people aged 15 to 21. Food and drinks are provided.',
    },
  },
  {
    theme: 'discriminatie',
    rec: 'monthly',
    nth: [2],
    days: ['TH'],
    times: [1140],
    minutes: 120,
    tgs: [],
    title: { nl: 'Spreekuur: discriminatie melden', en: 'Drop-in: reporting discrimination' },
    summary: {
      nl: 'Heb je discriminatie meegemaakt bij werk, school of op straat? We luisteren en helpen je om het te melden.',
      en: 'Have you experienced discrimination at work, at school or in the street? We listen and help you report it.',
    },
    more: {
      nl: 'Alles wat je vertelt is vertrouwelijk. Je beslist zelf of je een melding doet.',
      en: 'Everything you share is confidential. You decide yourself whether to make a report.',
    },
  },
  {
    theme: 'discriminatie',
    rec: 'once',
    days: ['WE', 'TH'],
    times: [1140],
    minutes: 120,
    tgs: ['jongeren', 'statushouders'],
    register: true,
    title: { nl: 'Workshop ken je rechten', en: 'Workshop: know your rights' },
    summary: {
      nl: 'Wat mag wel en wat mag niet bij een sollicitatie, in de winkel of bij de huur? Een jurist legt het uit.',
      en: 'What is and is not allowed in a job application, in a shop or when renting? A lawyer explains.',
    },
    more: { nl: 'Je krijgt voorbeelden uit het echte leven en tips wat je kunt doen.', en: 'You get real-life examples and tips on what you can do.' },
  },
];
const TEMPLATES_BY_THEME = new Map();
for (const t of ACTIVITY_TEMPLATES) {
  if (!TEMPLATES_BY_THEME.has(t.theme)) TEMPLATES_BY_THEME.set(t.theme, []);
  TEMPLATES_BY_THEME.get(t.theme).push(t);
}

const BC_ROOMS = [
  {
    name: { nl: 'Grote zaal', en: 'Main hall' },
    area: [120, 240],
    kitchen: 0.5,
    projector: 0.8,
    desc: {
      nl: 'Een grote, lichte zaal voor bijeenkomsten, feesten en voorstellingen. Tafels en stoelen zijn aanwezig.',
      en: 'A large, bright hall for meetings, parties and performances. Tables and chairs are available.',
    },
  },
  {
    name: { nl: 'Multifunctionele ruimte', en: 'Multi-purpose room' },
    area: [52, 78],
    kitchen: 0.3,
    projector: 0.5,
    desc: { nl: 'Een ruimte voor cursussen, taallessen en kleine bijeenkomsten.', en: 'A room for courses, language classes and small meetings.' },
  },
  {
    name: { nl: 'Vergaderkamer', en: 'Meeting room' },
    area: [14, 36],
    kitchen: 0,
    projector: 0.9,
    desc: { nl: 'Een rustige kamer om te vergaderen of een spreekuur te houden.', en: 'A quiet room for meetings or a drop-in consultation.' },
  },
  {
    name: { nl: 'Keuken en ontmoetingsruimte', en: 'Kitchen and meeting space' },
    area: [50, 95],
    kitchen: 1,
    projector: 0,
    desc: {
      nl: 'Een open keuken met een eetruimte. Geschikt om samen te koken en te eten.',
      en: 'An open kitchen with a dining area. Suitable for cooking and eating together.',
    },
  },
  {
    name: { nl: 'Gymzaal', en: 'Gym hall' },
    area: [265, 420],
    kitchen: 0,
    projector: 0,
    desc: { nl: 'Een gymzaal voor sport en bewegen, met kleedkamers en douches.', en: 'A gym hall for sport and exercise, with changing rooms and showers.' },
  },
  {
    name: { nl: 'Atelier', en: 'Studio' },
    area: [30, 60],
    kitchen: 0,
    projector: 0.2,
    desc: {
      nl: 'Een ruimte met grote tafels en een wasbak, voor knutselen, naaien en schilderen.',
      en: 'A room with large tables and a sink, for crafts, sewing and painting.',
    },
  },
];
const ORG_ROOMS = [
  {
    name: { nl: 'Zaal', en: 'Hall' },
    area: [60, 150],
    kitchen: 0.7,
    projector: 0.4,
    desc: {
      nl: 'Onze eigen zaal. Andere organisaties uit de buurt mogen hem gebruiken als hij vrij is.',
      en: 'Our own hall. Other organisations from the neighbourhood may use it when it is free.',
    },
  },
  {
    name: { nl: 'Leslokaal', en: 'Classroom' },
    area: [25, 55],
    kitchen: 0,
    projector: 0.8,
    desc: {
      nl: 'Een leslokaal met tafels, stoelen en een whiteboard. Beschikbaar op doordeweekse dagen.',
      en: 'A classroom with tables, chairs and a whiteboard. Available on weekdays.',
    },
  },
  {
    name: { nl: 'Ontmoetingsruimte', en: 'Meeting space' },
    area: [40, 90],
    kitchen: 0.8,
    projector: 0.2,
    desc: {
      nl: 'Een gezellige ruimte met een kleine keuken, voor koffieochtenden en kleine feesten.',
      en: 'A cosy space with a small kitchen, for coffee mornings and small parties.',
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Organisation text

const ORIGIN = {
  default: [
    (o) => ({
      nl: `We zijn in ${o.foundedYear} begonnen met een kleine groep ${o.who.nl} in ${o.place.nl}. Eerst kwamen we bij iemand thuis samen. Nu doen er veel meer mensen mee.`,
      en: `We started in ${o.foundedYear} with a small group of ${o.who.en} in ${o.place.en}. At first we met in someone's living room. Now many more people take part.`,
    }),
    (o) => ({
      nl: `In ${o.foundedYear} zagen een paar ouders dat veel gezinnen dezelfde vragen hadden. Zo is ${o.name} ontstaan.`,
      en: `In ${o.foundedYear}, a few parents noticed that many families had the same questions. That is how ${o.name} began.`,
    }),
    (o) => ({
      nl: `${o.name} bestaat sinds ${o.foundedYear}. We zijn een plek waar mensen elkaar helpen, in hun eigen taal en in het Nederlands.`,
      en: `${o.name} has existed since ${o.foundedYear}. We are a place where people help each other, in their own language and in Dutch.`,
    }),
    (o) => ({
      nl: `Sinds ${o.foundedYear} brengen we mensen samen die nog niet lang in Utrecht wonen. Veel van onze vrijwilligers kwamen zelf ook als nieuwkomer naar Nederland.`,
      en: `Since ${o.foundedYear} we have brought together people who are new to Utrecht. Many of our volunteers came to the Netherlands as newcomers themselves.`,
    }),
  ],
  'informeel-netwerk': [
    (o) => ({
      nl: `We zijn een informeel netwerk: geen stichting of vereniging, maar een groep buren en vrienden. We begonnen in ${o.foundedYear} met een appgroep.`,
      en: `We are an informal network: not a foundation or an association, but a group of neighbours and friends. We started in ${o.foundedYear} with a group chat.`,
    }),
  ],
  'religieuze-organisatie': [
    (o) => ({
      nl: `${o.name} is een geloofsgemeenschap sinds ${o.foundedYear}. Naast de diensten organiseren we activiteiten voor de hele buurt.`,
      en: `${o.name} has been a faith community since ${o.foundedYear}. Besides services, we organise activities for the whole neighbourhood.`,
    }),
  ],
  koepel: [
    (o) => ({
      nl: `${o.name} is sinds ${o.foundedYear} een samenwerking van zelforganisaties in Utrecht. We delen kennis, zoeken samen ruimte en praten namens onze leden met de gemeente.`,
      en: `Since ${o.foundedYear}, ${o.name} has been a partnership of self-organisations in Utrecht. We share knowledge, look for space together and speak with the municipality on behalf of our members.`,
    }),
  ],
};
const KOEPEL_PHRASES = [
  { nl: 'delen kennis tussen organisaties', en: 'share knowledge between organisations' },
  { nl: 'helpen nieuwe netwerken op weg', en: 'help new networks get started' },
  { nl: 'praten namens onze leden met de gemeente', en: 'speak with the municipality on behalf of our members' },
];
const CHANNEL_NOTES = {
  whatsapp: ['Groepsapp met ruim 200 leden', 'Broadcastlijst in de eigen taal', 'Aparte groepen voor vrouwen en jongeren'],
  facebook: ['Besloten groep', 'Pagina met nieuws over activiteiten'],
  instagram: ['Vooral voor jongeren', 'Foto’s van activiteiten'],
  tiktok: ['Korte filmpjes van jongeren'],
  telegram: ['Kanaal met nieuws in de eigen taal'],
  signal: ['Groep voor het bestuur en vrijwilligers'],
  youtube: ['Opnames van lezingen'],
  gebedshuis: ['Aankondiging na het gebed of de dienst', 'Folders bij de ingang'],
  nieuwsbrief: ['Maandelijkse nieuwsbrief per e-mail', 'Papieren nieuwsbrief voor ouderen'],
  bijeenkomsten: ['Open bijeenkomst elke maand', 'Jaarlijkse ledenvergadering'],
  'mond-tot-mond': ['Via familie en buren', 'Op het schoolplein'],
  radio: ['Uitzending op de lokale omroep'],
};
const NEED_NOTES = {
  bestuursleden: [
    'We zoeken een penningmeester die een paar uur per maand wil helpen.',
    'Ons bestuur zoekt een secretaris. Ervaring is niet nodig, wel zin om te leren.',
  ],
  vrijwilligers: [
    'We zoeken vrijwilligers voor de huiswerkklas op dinsdag en donderdag.',
    'Wie wil helpen bij het taalcafé? Je hoeft geen leraar te zijn.',
    'We zoeken chauffeurs die ouderen kunnen ophalen.',
  ],
  financiering: [
    'We willen geld aanvragen voor een zomerprogramma, maar weten niet waar dat kan.',
    'De huur van onze ruimte wordt duurder. We zoeken een fonds.',
  ],
  eherkenning: ['We hebben nog geen eHerkenning. Het aanvragen is ingewikkeld en kost geld.', 'We weten niet welk niveau eHerkenning we nodig hebben.'],
  initiatievenfonds: [
    'We willen een aanvraag doen bij het Initiatievenfonds voor een buurtfeest.',
    'Hulp gezocht bij het schrijven van een aanvraag voor het Initiatievenfonds.',
  ],
  ruimte: ['We zoeken een betaalbare ruimte voor ongeveer 40 mensen op zaterdag.', 'We zoeken een ruimte met een keuken, één avond per week.'],
  training: ['Onze bestuursleden willen een training over subsidies en verantwoording.', 'We willen leren hoe je een goede jaarrekening maakt.'],
  communicatie: ['We willen meer jongeren bereiken via Instagram en TikTok.', 'Hulp gezocht bij het maken van een eenvoudige website.'],
};
const CONTACT_ROLES = [
  { role: 'Voorzitter', mailbox: 'voorzitter' },
  { role: 'Secretaris', mailbox: 'secretariaat' },
  { role: 'Penningmeester', mailbox: 'penningmeester' },
  { role: 'Coördinator vrijwilligers', mailbox: 'vrijwilligers' },
  { role: 'Contactpersoon activiteiten', mailbox: 'activiteiten' },
  { role: 'Bestuurslid', mailbox: 'bestuur' },
];

/** Phone numbers of the support offers; generated numbers never repeat them. */
const dockPhone = (i) => `030 1${10 + i} 2${String(100 + i * 37).padStart(3, '0')}`;
const FIXED_PHONES = ['030 120 4400', '030 120 4401', '030 140 1400', '030 155 2020', '030 166 3030', '030 177 4040', '030 188 5050'];

// ---------------------------------------------------------------------------------------------------
// The generator

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

  // --- places -------------------------------------------------------------------------------------
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

  // --- organisations: roles ------------------------------------------------------------------------
  // Roles come from a shuffled rank, so counts are guaranteed while positions vary with the seed.
  const rank = rnd.shuffle(Array.from({ length: N }, (_, i) => i));
  const roleOf = (r) => {
    if (r % 40 === 0) return 'koepel';
    if (r % 7 === 3) return 'informeel-netwerk';
    if (r % 8 === 5) return 'religieuze-organisatie';
    return null;
  };
  const orgs = [];
  for (let i = 0; i < N; i++) {
    const r = rank[i];
    const role = roleOf(r);
    const legalForm = role ?? (rnd.chance(0.58) ? 'stichting' : 'vereniging');
    orgs.push({
      r,
      legalForm,
      published: !(r % 13 === 6 && legalForm !== 'koepel'),
      status: legalForm === 'informeel-netwerk' ? 'nieuw' : r % 11 === 7 ? 'slapend' : 'actief',
    });
  }

  // Wijken: the first twenty published organisations fill every wijk twice; the rest follows
  // roughly where Utrecht's migrant communities live.
  const WIJK_WEIGHTS = [
    ['overvecht', 3],
    ['zuidwest', 3],
    ['noordwest', 2.2],
    ['west', 2],
    ['zuid', 1.6],
    ['leidsche-rijn', 1.6],
    ['oost', 1],
    ['noordoost', 1],
    ['binnenstad', 0.6],
    ['vleuten-de-meern', 1],
  ];
  const wijkOrder = rnd.shuffle(wijkSlugs);
  let publishedSeen = 0;
  for (const o of orgs) {
    if (o.published && publishedSeen < 20) o.locatedIn = wijkOrder[publishedSeen++ % 10];
    else o.locatedIn = rnd.weighted(WIJK_WEIGHTS);
  }

  // Communities: spread evenly over the rank so every community appears.
  const commRank = rnd.shuffle(Array.from({ length: N }, (_, i) => i));
  const weightedCommunities = COMMUNITIES.map((c) => [c, c.weight]);
  orgs.forEach((o, i) => {
    const primary = commRank[i] < COMMUNITIES.length * 2 ? COMMUNITIES[commRank[i] % COMMUNITIES.length] : rnd.weighted(weightedCommunities);
    const comms = [primary];
    if (o.legalForm === 'koepel') {
      for (const c of rnd.sample(COMMUNITIES, 6)) if (!comms.includes(c)) comms.push(c);
    } else if (rnd.chance(o.legalForm === 'religieuze-organisatie' ? 0.1 : 0.25)) {
      const second = rnd.weighted(weightedCommunities);
      if (second !== primary) comms.push(second);
    }
    o.comms = comms;
  });

  // Names and slugs.
  const usedNames = new Set();
  const orgSlug = slugRegistry();
  function makeName(o) {
    const c = o.comms[0];
    const place = o.buurt;
    const coined = rnd.pick(COINED);
    switch (o.legalForm) {
      case 'koepel':
        return { name: `${rnd.pick(['Koepel', 'Platform', 'Samenwerkingsverband'])} ${coined} Utrecht`, tg: null };
      case 'informeel-netwerk': {
        const kind = rnd.pick(NETWORK_KINDS);
        return { name: `${c.adj.nl} ${kind.nl} ${coined}`, tg: kind.tg };
      }
      case 'religieuze-organisatie': {
        const faith = c.faith ?? 'kerk';
        return { name: FAITH_KINDS[faith](coined), tg: 'gezinnen' };
      }
      case 'vereniging': {
        if (rnd.chance(0.6)) {
          const kind = rnd.pick(VERENIGING_KINDS);
          return { name: `${c.adj.nl} ${kind.nl} ${coined}`, tg: kind.tg };
        }
        return { name: `Vereniging ${coined} ${place}`, tg: null };
      }
      default: {
        const v = rnd.int(0, 2);
        if (v === 0) return { name: `Stichting ${coined}`, tg: null };
        if (v === 1) return { name: `Stichting ${coined} ${place}`, tg: null };
        const tg = rnd.pick(['vrouwen', 'jongeren', 'ouderen', 'gezinnen', 'nieuwkomers']);
        return { name: `Stichting ${c.adj.nl} ${cap(tgText(tg, 'nl'))} ${coined}`, tg };
      }
    }
  }
  for (const o of orgs) {
    o.buurt = rnd.pick(WIJK_INFO[o.locatedIn].buurten);
    let made;
    for (let attempt = 0; attempt < 6; attempt++) {
      made = makeName(o);
      if (!usedNames.has(made.name)) break;
    }
    if (usedNames.has(made.name)) {
      let k = 2;
      while (usedNames.has(`${made.name} ${k}`)) k++;
      made.name = `${made.name} ${k}`;
    }
    usedNames.add(made.name);
    o.name = made.name;
    o.nameTg = made.tg;
    o.slug = orgSlug(slugify(made.name));
  }

  // Details.
  const refYear = Number(refIso.slice(0, 4));
  const CHANNEL_WEIGHTS = [
    ['whatsapp', 6],
    ['facebook', 3],
    ['instagram', 2.5],
    ['tiktok', 1],
    ['telegram', 0.7],
    ['signal', 0.5],
    ['youtube', 0.6],
    ['nieuwsbrief', 1.5],
    ['bijeenkomsten', 2],
    ['mond-tot-mond', 3],
    ['radio', 0.3],
  ];
  const SOCIAL_FOR_CHANNEL = { facebook: 'facebook', instagram: 'instagram', tiktok: 'tiktok', youtube: 'youtube', whatsapp: 'whatsapp', telegram: 'telegram' };

  for (const o of orgs) {
    const r = o.r;
    const lf = o.legalForm;
    // Year founded.
    o.foundedYear =
      lf === 'informeel-netwerk' ? rnd.int(refYear - 3, refYear) : lf === 'koepel' ? rnd.int(1995, 2012) : rnd.int(Math.max(1975, refYear - 45), refYear - 2);

    // Where: many informal networks and some others meet at a buurtcentrum (shared address).
    const bcs = buurtcentraByWijk.get(o.locatedIn);
    const atBc = lf === 'informeel-netwerk' || (lf !== 'koepel' && lf !== 'religieuze-organisatie' && rnd.chance(0.25));
    if (atBc) {
      const bc = rnd.pick(bcs);
      bc.orgs++;
      o.address = { ...bc.address };
      o.meetsAt = bc;
    } else {
      o.address = address(o.locatedIn);
    }
    o.serves =
      lf === 'koepel' || (lf !== 'informeel-netwerk' && rnd.chance(0.12))
        ? wijkSlugs.slice()
        : [o.locatedIn, ...(rnd.chance(0.35) ? [rnd.pick(wijkSlugs)] : [])].filter((w, k, a) => a.indexOf(w) === k);
    o.cityWide = o.serves.length === wijkSlugs.length;

    // Themes: 2–4 ordinary ones; sensitive ones public for some, hidden for others.
    const themeCount = rnd.int(2, lf === 'koepel' ? 5 : 4);
    const ordinary = rnd.sample(
      lf === 'religieuze-organisatie' ? ORDINARY.filter((t) => t !== 'geloof-en-zingeving') : ORDINARY,
      themeCount - (lf === 'religieuze-organisatie' ? 1 : 0),
    );
    o.themes = lf === 'religieuze-organisatie' ? ['geloof-en-zingeving', ...ordinary.filter((t) => t !== 'geloof-en-zingeving')] : ordinary;
    o.hiddenThemes = [];
    if (r % 9 === 4) o.themes.push(SENSITIVE[(r >> 1) % 2]);
    if (r % 9 === 7) o.hiddenThemes.push(SENSITIVE[(r >> 2) % 2]);
    if (r % 23 === 11) o.hiddenThemes.push(...SENSITIVE.filter((s) => !o.themes.includes(s) && !o.hiddenThemes.includes(s)));

    // Reach: communities, languages, target groups, channels.
    const langs = ['nederlands'];
    for (const c of o.comms) for (const l of c.languages) if (!langs.includes(l)) langs.push(l);
    if (rnd.chance(0.3) && !langs.includes('engels')) langs.push('engels');
    o.languages = langs;
    const tgs = [];
    if (o.nameTg) tgs.push(o.nameTg);
    for (const t of rnd.sample(TARGET_GROUPS, rnd.int(1, 3))) if (!tgs.includes(t.slug)) tgs.push(t.slug);
    o.targetGroups = tgs;
    o.reachEstimate =
      lf === 'koepel'
        ? rnd.int(20, 60) * 100
        : lf === 'informeel-netwerk'
          ? rnd.int(3, 30) * 5
          : lf === 'religieuze-organisatie'
            ? rnd.int(15, 120) * 10
            : rnd.int(4, 80) * 10;
    const kinds = [];
    const channelCount = rnd.int(2, 4);
    if (lf === 'religieuze-organisatie') kinds.push('gebedshuis');
    while (kinds.length < channelCount) {
      const k = rnd.weighted(CHANNEL_WEIGHTS);
      if (!kinds.includes(k)) kinds.push(k);
    }
    o.channels = kinds.map((kind) => ({ kind, note: rnd.chance(0.55) ? rnd.pick(CHANNEL_NOTES[kind]) : null }));
    const mainChannel = kinds[0];
    const channelText = {
      whatsapp: { nl: 'WhatsApp', en: 'WhatsApp' },
      facebook: { nl: 'Facebook', en: 'Facebook' },
      instagram: { nl: 'Instagram', en: 'Instagram' },
      tiktok: { nl: 'TikTok', en: 'TikTok' },
      telegram: { nl: 'Telegram', en: 'Telegram' },
      signal: { nl: 'Signal', en: 'Signal' },
      youtube: { nl: 'YouTube', en: 'YouTube' },
      gebedshuis: { nl: 'het gebedshuis', en: 'the place of worship' },
      nieuwsbrief: { nl: 'de nieuwsbrief', en: 'the newsletter' },
      bijeenkomsten: { nl: 'bijeenkomsten', en: 'meetings' },
      'mond-tot-mond': { nl: 'mond-tot-mondreclame', en: 'word of mouth' },
      radio: { nl: 'de lokale radio', en: 'local radio' },
    }[mainChannel];
    o.reachNote = {
      nl: `Ongeveer ${o.reachEstimate} mensen, vooral via ${channelText.nl}. Met familie erbij bereiken we er meer.`,
      en: `About ${o.reachEstimate} people, mostly through ${channelText.en}. Including family members we reach more.`,
    };

    // Contact details.
    o.kvkNumber = lf === 'informeel-netwerk' ? null : `9${String(rnd.int(0, 9_999_999)).padStart(7, '0')}`;
    o.website = lf === 'informeel-netwerk' && rnd.chance(0.6) ? null : `https://${o.slug}.example.org`;
    o.email = `info@${o.slug}.example.org`;
    o.phone = lf === 'informeel-netwerk' && rnd.chance(0.5) ? null : phone();
    o.socialLinks = kinds
      .filter((k) => SOCIAL_FOR_CHANNEL[k])
      .map((k) => ({ platform: SOCIAL_FOR_CHANNEL[k], url: `https://${SOCIAL_FOR_CHANNEL[k]}.example.org/${o.slug}` }));

    // Support needs.
    const needs = [];
    if (lf === 'informeel-netwerk') needs.push(...rnd.sample(['eherkenning', 'initiatievenfonds', 'ruimte', 'financiering'], rnd.int(1, 2)));
    else if (lf !== 'koepel')
      needs.push(...rnd.sample(['bestuursleden', 'vrijwilligers', 'financiering', 'ruimte', 'training', 'communicatie', 'initiatievenfonds'], rnd.int(0, 3)));
    o.supportNeeds = needs.map((need) => ({
      need,
      note: rnd.pick(NEED_NOTES[need]),
      publicCall: need === 'bestuursleden' || need === 'vrijwilligers' ? rnd.chance(0.8) : need === 'ruimte' ? rnd.chance(0.4) : false,
    }));

    // Freshness: about one in six has not been confirmed for more than a year.
    const staleDays = r % 6 === 2 ? rnd.int(380, 900) : lf === 'informeel-netwerk' ? rnd.int(3, 90) : rnd.int(5, 330);
    o.lastConfirmed = dayToIso(ref - staleDays);
    if (Number(o.lastConfirmed.slice(0, 4)) < o.foundedYear) o.lastConfirmed = `${o.foundedYear}-01-15`;
  }

  // Map clustering needs at least one buurtcentrum that several organisations share.
  if (N >= 20) {
    const busiest = buurtcentra.reduce((a, b) => (b.orgs > a.orgs ? b : a));
    for (const o of orgs) {
      if (busiest.orgs >= 3) break;
      if (o.locatedIn !== busiest.wijk || o.meetsAt || o.legalForm === 'koepel' || o.legalForm === 'religieuze-organisatie') continue;
      o.address = { ...busiest.address };
      o.meetsAt = busiest;
      busiest.orgs++;
    }
  }

  // Relations: koepels and their members, partners. Only published organisations are referenced.
  const published = orgs.filter((o) => o.published);
  const koepels = published.filter((o) => o.legalForm === 'koepel');
  const publishedByWijk = new Map(wijkSlugs.map((w) => [w, []]));
  for (const p of published) publishedByWijk.get(p.locatedIn).push(p);
  for (const o of orgs) {
    o.memberOf = [];
    o.partners = [];
    if (o.legalForm !== 'koepel' && koepels.length && o.r % 3 === 1) o.memberOf.push(koepels[o.r % koepels.length].slug);
    if (published.length > 2 && rnd.chance(0.4)) {
      const count = rnd.int(1, 2);
      const near = publishedByWijk.get(o.locatedIn);
      const pool = near.length > count ? near : null;
      for (let k = 0; k < count; k++) {
        const p = pool ? rnd.pick(pool) : rnd.pick(published);
        if (p !== o && !o.partners.includes(p.slug) && !o.memberOf.includes(p.slug)) o.partners.push(p.slug);
      }
    }
  }

  // Consultation profile: about two in five opt in.
  for (const o of orgs) {
    const optIn = o.published && o.status !== 'slapend' && (o.r % 5 === 0 || o.r % 5 === 2 || o.themes.some((t) => SENSITIVE.includes(t)));
    o.consultationOptIn = optIn;
    if (optIn) {
      const sensitivePublic = o.themes.filter((t) => SENSITIVE.includes(t));
      const ordinary = o.themes.filter((t) => !SENSITIVE.includes(t));
      o.consultationThemes = [...rnd.sample(ordinary, Math.min(ordinary.length, rnd.int(1, 3))), ...sensitivePublic];
      o.consultationChannel = o.memberOf.length && rnd.chance(0.4) ? 'via-koepel' : rnd.pick(['email', 'telefoon', 'whatsapp', 'bijeenkomst']);
      o.consultationLanguages = o.languages.slice(0, rnd.int(1, Math.min(3, o.languages.length)));
      o.consultationLeadTimeWeeks = rnd.pick([2, 3, 4, 4, 6, 8]);
    } else {
      o.consultationThemes = [];
      o.consultationChannel = null;
      o.consultationLanguages = [];
      o.consultationLeadTimeWeeks = null;
    }
  }

  // Texts.
  for (const o of orgs) {
    const c = o.comms;
    const tg = o.targetGroups[0] ?? 'gezinnen';
    const adjNl = c.length > 2 ? null : listNl(c.map((x) => x.adj.nl));
    const adjEn = c.length > 2 ? null : listEn(c.map((x) => x.adj.en));
    o.who =
      adjNl === null
        ? { nl: `${tgText(tg, 'nl')} uit veel landen`, en: `${tgText(tg, 'en')} from many countries` }
        : { nl: `${adjNl} ${tgText(tg, 'nl')}`, en: `${adjEn} ${tgText(tg, 'en')}` };
    o.place = o.cityWide ? { nl: 'heel Utrecht', en: 'all of Utrecht' } : { nl: o.buurt, en: o.buurt };
    const phrases = o.legalForm === 'koepel' ? KOEPEL_PHRASES : o.themes.slice(0, 3).map((t) => THEME_BY_SLUG.get(t).phrase);
    const kindNl = {
      stichting: 'Stichting voor',
      vereniging: 'Vereniging voor',
      'religieuze-organisatie': 'Geloofsgemeenschap voor',
      'informeel-netwerk': 'Informeel netwerk van',
    }[o.legalForm];
    const kindEn = {
      stichting: 'Foundation for',
      vereniging: 'Association for',
      'religieuze-organisatie': 'Faith community for',
      'informeel-netwerk': 'Informal network of',
    }[o.legalForm];
    const lead =
      o.legalForm === 'koepel'
        ? { nl: 'Koepel van zelforganisaties in heel Utrecht.', en: 'Umbrella organisation of self-organisations across Utrecht.' }
        : { nl: `${kindNl} ${o.who.nl} in ${o.place.nl}.`, en: `${kindEn} ${o.who.en} in ${o.place.en}.` };
    o.summary = {
      nl: clip(`${lead.nl} We ${listNl(phrases.map((p) => p.nl))}.`, 300),
      en: clip(`${lead.en} We ${listEn(phrases.map((p) => p.en))}.`, 300),
    };
    const origin = rnd.pick(ORIGIN[o.legalForm] ?? ORIGIN.default)(o);
    const allPhrases = o.legalForm === 'koepel' ? KOEPEL_PHRASES : o.themes.map((t) => THEME_BY_SLUG.get(t).phrase);
    const langsNl = listNl(o.languages.map((l) => langShort(l, 'nl')));
    const langsEn = listEn(o.languages.map((l) => langShort(l, 'en')));
    const where = o.meetsAt
      ? { nl: `We komen samen in ${o.meetsAt.name}.`, en: `We meet at ${o.meetsAt.name}, a community centre.` }
      : { nl: 'Kom gerust langs bij een van onze activiteiten.', en: 'Feel free to drop by at one of our activities.' };
    o.description = {
      nl: [
        origin.nl,
        `Wat doen we? We ${listNl(allPhrases.map((p) => p.nl))}. Iedereen is welkom, ook als je niet bij onze gemeenschap hoort.`,
        `Je kunt ons spreken in het ${langsNl}. ${where.nl}`,
      ],
      en: [
        origin.en,
        `What do we do? We ${listEn(allPhrases.map((p) => p.en))}. Everyone is welcome, also if you are not part of our community.`,
        `You can talk to us in ${langsEn}. ${where.en}`,
      ],
    };
    const words = o.name.split(/\s+/).filter((w) => /^[A-ZÀ-Ž]/.test(w));
    o.alternateName =
      o.legalForm !== 'informeel-netwerk' && words.length >= 3 && rnd.chance(0.35)
        ? words
            .map((w) => w[0])
            .join('')
            .toUpperCase()
        : null;
  }

  // --- rooms ---------------------------------------------------------------------------------------
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

  // --- activities ----------------------------------------------------------------------------------
  const activityTotal = Math.round(N * perOrgActivities);
  const bcRoomsByWijk = new Map();
  for (const [w, list] of roomsByWijk) {
    const bcList = list.filter((rm) => rm.providerName);
    if (bcList.length) bcRoomsByWijk.set(w, bcList);
  }
  const slugCache = new Map();
  const audienceCache = new Map();
  const untilDays = [3, 4, 5, 6, 7].map((k) => {
    const d = new Date((ref + k * 30) * DAY_MS);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY_MS;
  });
  const hosts = rnd.shuffle(published.filter((o) => o.status !== 'slapend'));
  const drafts = orgs.filter((o) => !o.published);
  const activitySlug = slugRegistry();
  const activities = [];
  const windowEnd = ref + 55;
  for (let j = 0; j < activityTotal && hosts.length; j++) {
    const isDraft = j % 27 === 13;
    const o = isDraft && drafts.length && j % 2 === 1 ? drafts[j % drafts.length] : hosts[j % hosts.length];
    const candidates = (o.templates ??= o.themes
      .flatMap((t) => TEMPLATES_BY_THEME.get(t) ?? [])
      .filter((x) => (!x.religiousOnly || o.legalForm === 'religieuze-organisatie') && !(x.tgs[0] === 'vrouwen' && o.nameTg === 'mannen')));
    const t = rnd.pick(candidates.length ? candidates : ACTIVITY_TEMPLATES.filter((x) => !SENSITIVE.includes(x.theme)));

    // When.
    const dayCode = rnd.pick(t.days);
    const wd = RRULE_DAYS.indexOf(dayCode.split(',')[0]);
    const startMinutes = rnd.pick(t.times);
    let recurrence = null;
    let startDay;
    const past = t.rec !== 'once' && rnd.chance(0.18);
    const base = past ? ref - rnd.int(7, 56) : ref + rnd.int(0, t.rec === 'monthly' ? 27 : 48);
    const withUntil = t.rec !== 'once' && rnd.chance(0.3);
    // UNTIL: the last day of a month 3–7 months ahead (end of a season or of the school year).
    const untilDay = withUntil ? untilDays[rnd.int(0, untilDays.length - 1)] : 0;
    if (t.rec === 'monthly') {
      const nth = rnd.pick(t.nth ?? [1, 2, 3]);
      const d = new Date(base * DAY_MS);
      let y = d.getUTCFullYear();
      let m = d.getUTCMonth();
      startDay = nthWeekdayOfMonth(y, m, wd, nth);
      if (startDay < base) {
        m++;
        if (m > 11) {
          m = 0;
          y++;
        }
        startDay = nthWeekdayOfMonth(y, m, wd, nth);
      }
      if (startDay > windowEnd) {
        // Too far ahead: start the series a month earlier (it is already running).
        m--;
        if (m < 0) {
          m = 11;
          y--;
        }
        startDay = nthWeekdayOfMonth(y, m, wd, nth);
      }
      recurrence = `FREQ=MONTHLY;BYDAY=${nth}${dayCode}`;
    } else {
      startDay = nextWeekday(base, wd);
      if (t.rec === 'weekly') {
        recurrence = `FREQ=WEEKLY;BYDAY=${dayCode}`;
        if (!withUntil && rnd.chance(0.15)) recurrence += `;COUNT=${Math.max(rnd.int(6, 12), Math.ceil((ref - startDay) / 7) + 4)}`;
      } else if (t.rec === 'biweekly') {
        const count = Math.max(rnd.int(6, 12), Math.ceil((ref - startDay) / 14) + 3);
        recurrence = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${dayCode};COUNT=${count}`;
      }
    }
    // No first occurrence on Christmas or New Year's Day.
    while (t.rec !== 'monthly' && HOLIDAYS.has(dayToIso(startDay).slice(5))) startDay += startDay + 7 > windowEnd ? -7 : 7;
    if (withUntil && recurrence && !recurrence.includes('COUNT')) recurrence += `;UNTIL=${untilStamp(untilDay)}`;
    const startsAt = utcIso(amsterdamToUtcMs(startDay, startMinutes));
    const endsAt = utcIso(amsterdamToUtcMs(startDay, startMinutes + t.minutes));

    // Where.
    const own = roomsByOrg.get(o.slug);
    const meetRooms = o.meetsAt ? roomsByProvider.get(o.meetsAt.name) : null;
    const bcLocal = bcRoomsByWijk.get(o.locatedIn);
    let room = null;
    if (own && rnd.chance(0.7)) room = rnd.pick(own);
    else if (meetRooms && meetRooms.length && rnd.chance(0.8)) room = rnd.pick(meetRooms);
    else if (bcLocal && rnd.chance(0.35)) room = rnd.pick(bcLocal);
    const wijk = room ? room.wijk : o.locatedIn;

    // Who and what.
    const themes = [t.theme];
    if (t.extra && !themes.includes(t.extra) && (!SENSITIVE.includes(t.extra) || o.themes.includes(t.extra))) themes.push(t.extra);
    const langs = ['nederlands', ...rnd.sample((o.otherLanguages ??= o.languages.filter((l) => l !== 'nederlands')), rnd.int(0, 2))];
    const tgs = t.tgs.length ? t.tgs.slice() : [];
    const free = !t.cost;
    const registrationUrl = t.register ? `https://${o.slug}.example.org/aanmelden` : null;
    const wijkName = wijkBySlug.get(wijk).name;
    const audienceKey = `${t.tgs.join(',')}|${wijk}`;
    let audienceText = audienceCache.get(audienceKey);
    if (!audienceText) {
      audienceText = tgs.length
        ? {
            nl: `Voor ${listNl(tgs.map((g) => tgText(g, 'nl')))} uit ${wijkName} en omgeving.`,
            en: `For ${listEn(tgs.map((g) => tgText(g, 'en')))} from ${wijkName} and nearby.`,
          }
        : { nl: 'Voor iedereen, jong en oud.', en: 'For everyone, young and old.' };
      audienceCache.set(audienceKey, audienceText);
    }
    const audience = { nl: audienceText.nl, en: audienceText.en };
    const practical = (t.practical ??= {
      nl: `${free ? 'Meedoen is gratis.' : `Meedoen kost ${t.cost.nl}.`} ${t.register ? 'Meld je vooraf aan via de website.' : 'Aanmelden is niet nodig; je kunt gewoon binnenlopen.'}`,
      en: `${free ? 'Taking part is free.' : `Taking part costs ${t.cost.en}.`} ${t.register ? 'Please register in advance on the website.' : 'No need to register; just walk in.'}`,
    });
    const titleBase = t.title;
    const slugText = `${titleBase.nl} ${o.cityWide ? wijk : o.place.nl}`;
    let slugBase = slugCache.get(slugText);
    if (slugBase === undefined) slugCache.set(slugText, (slugBase = slugify(slugText, 70)));
    const slug = activitySlug(slugBase);
    activities.push({
      slug,
      title: { nl: titleBase.nl, en: titleBase.en },
      organisation: o.slug,
      summary: { nl: t.summary.nl, en: t.summary.en },
      description: {
        nl: [t.more.nl, practical.nl, `We spreken ${listNl(langs.map((l) => langShort(l, 'nl')))}. Georganiseerd door ${o.name}.`],
        en: [t.more.en, practical.en, `We speak ${listEn(langs.map((l) => langShort(l, 'en')))}. Organised by ${o.name}.`],
      },
      startsAt,
      endsAt,
      recurrence,
      room: room ? room.slug : null,
      address: room ? null : { ...o.address },
      wijk,
      themes,
      languages: langs,
      targetGroups: tgs,
      free,
      cost: free ? null : { nl: t.cost.nl, en: t.cost.en },
      registrationUrl,
      audience,
      published: !isDraft,
    });
  }

  // --- contacts ------------------------------------------------------------------------------------
  const contacts = [];
  for (const o of orgs) {
    const pool = PERSON_NAMES[o.comms[0].names];
    const roles = rnd.shuffle(CONTACT_ROLES).slice(0, Math.max(1, Math.min(CONTACT_ROLES.length, contactsPerOrganisation)));
    for (let k = 0; k < contactsPerOrganisation; k++) {
      const role = roles[k % roles.length];
      let visibility;
      if (!o.published) visibility = k === 0 ? 'officials' : 'hidden';
      else if (k === 0) visibility = rnd.chance(0.55) ? 'public' : 'officials';
      else
        visibility = rnd.weighted([
          ['officials', 5],
          ['hidden', 3],
          ['public', 2],
        ]);
      const languages = [
        'nederlands',
        ...rnd.sample(
          o.languages.filter((l) => l !== 'nederlands'),
          rnd.int(0, 2),
        ),
      ];
      // Personal role mailboxes, never the organisation's own info@ address.
      const mailbox = k < roles.length ? role.mailbox : `${role.mailbox}${Math.floor(k / roles.length) + 1}`;
      contacts.push({
        key: `${o.slug}-${k + 1}`,
        name: `${rnd.pick(pool.first)} ${rnd.pick(pool.last)}`,
        role: role.role,
        email: `${mailbox}@${o.slug}.example.org`,
        phone: rnd.chance(visibility === 'hidden' ? 0.8 : 0.6) ? phone() : null,
        languages,
        organisation: o.slug,
        visibility,
        consentDate: dayToIso(ref - rnd.int(10, 700)),
        consentNote:
          visibility === 'public'
            ? 'Toestemming per e-mail gegeven voor vermelding op de website.'
            : visibility === 'officials'
              ? 'Toestemming gegeven voor contact met medewerkers van de gemeente; niet publiek.'
              : 'Alleen voor de redactie; geen toestemming voor publicatie.',
      });
    }
  }

  // --- support offers ------------------------------------------------------------------------------
  const supportOffers = [
    ...WIJKEN.map((w) => ({
      slug: `sociaal-makelaar-${w.slug}`,
      title: { nl: `Sociaal makelaar in ${w.name}`, en: `Community broker in ${w.name}` },
      providerKind: 'sociaal-makelaar',
      providerName: 'DOCK',
      description: {
        nl: `De sociaal makelaar van DOCK kent ${w.name} goed. Zij brengt je in contact met andere organisaties, helpt je een ruimte te vinden en denkt mee over een aanvraag bij het Initiatievenfonds. Ook nieuwe, informele groepen zijn welkom.`,
        en: `The DOCK community broker knows ${w.name} well. They put you in touch with other organisations, help you find a room and think along about an application to the Initiatives Fund. New, informal groups are welcome too.`,
      },
      answers: ['ruimte', 'vrijwilligers', 'communicatie', 'initiatievenfonds'],
      wijken: [w.slug],
      website: `https://dock.example.org/${w.slug}`,
      email: `sociaalmakelaar-${w.slug}@dock.example.org`,
      phone: dockPhone(WIJKEN.indexOf(w)),
    })),
    {
      slug: 'vacaturebank-vrijwilligerscentrale',
      title: { nl: 'Vacaturebank voor vrijwilligers', en: 'Volunteer vacancy bank' },
      providerKind: 'vrijwilligerscentrale',
      providerName: 'Vrijwilligerscentrale Utrecht',
      description: {
        nl: 'Zet gratis een vacature voor vrijwilligers of bestuursleden online. De Vrijwilligerscentrale helpt je de vacature goed te schrijven en zoekt mee naar mensen die passen.',
        en: 'Post a vacancy for volunteers or board members online for free. The Volunteer Centre helps you write a good vacancy and looks for people who fit.',
      },
      answers: ['vrijwilligers', 'bestuursleden'],
      wijken: [],
      website: 'https://vrijwilligerscentrale.example.org/vacaturebank',
      email: 'vacaturebank@vrijwilligerscentrale.example.org',
      phone: FIXED_PHONES[0],
    },
    {
      slug: 'trainingen-vrijwilligerscentrale',
      title: { nl: 'Trainingen voor besturen en vrijwilligers', en: 'Training for boards and volunteers' },
      providerKind: 'vrijwilligerscentrale',
      providerName: 'Vrijwilligerscentrale Utrecht',
      description: {
        nl: 'Korte, gratis trainingen voor vrijwilligersorganisaties: penningmeester worden, vrijwilligers vinden en houden, een goede ledenvergadering. Sommige trainingen zijn ook in het Engels.',
        en: 'Short, free training sessions for volunteer organisations: becoming a treasurer, finding and keeping volunteers, running a good members’ meeting. Some sessions are also in English.',
      },
      answers: ['training', 'bestuursleden', 'vrijwilligers'],
      wijken: [],
      website: 'https://vrijwilligerscentrale.example.org/trainingen',
      email: 'trainingen@vrijwilligerscentrale.example.org',
      phone: FIXED_PHONES[1],
    },
    {
      slug: 'initiatievenfonds',
      title: { nl: 'Initiatievenfonds: geld voor je idee', en: 'Initiatives Fund: money for your idea' },
      providerKind: 'initiatievenfonds',
      providerName: 'Initiatievenfonds Utrecht',
      description: {
        nl: 'Bewoners en organisaties kunnen geld aanvragen voor activiteiten in de buurt. Voor een aanvraag heb je eHerkenning nodig. Heb je dat nog niet? De sociaal makelaar helpt je op weg, of een organisatie met eHerkenning kan de aanvraag voor je indienen.',
        en: 'Residents and organisations can apply for money for activities in the neighbourhood. You need eHerkenning to apply. Do not have it yet? The community broker can help you, or an organisation that has eHerkenning can apply on your behalf.',
      },
      answers: ['financiering', 'initiatievenfonds', 'eherkenning'],
      wijken: [],
      website: 'https://initiatievenfonds.example.org',
      email: 'initiatievenfonds@gemeente.example.org',
      phone: FIXED_PHONES[2],
    },
    {
      slug: 'training-penningmeester-en-subsidie',
      title: { nl: 'Training: penningmeester en subsidie', en: 'Training: treasurer and grants' },
      providerKind: 'training',
      providerName: 'Leerhuis Besturen',
      description: {
        nl: 'In drie avonden leer je een begroting maken, subsidie aanvragen en verantwoorden. Voor bestuursleden van kleine stichtingen en verenigingen. Gratis voor organisaties in Utrecht.',
        en: 'In three evenings you learn to draw up a budget, apply for grants and report on them. For board members of small foundations and associations. Free for organisations in Utrecht.',
      },
      answers: ['training', 'financiering', 'bestuursleden'],
      wijken: [],
      website: 'https://leerhuis-besturen.example.org',
      email: 'aanmelden@leerhuis-besturen.example.org',
      phone: FIXED_PHONES[3],
    },
    {
      slug: 'workshop-zichtbaar-online',
      title: { nl: 'Workshop: zichtbaar online', en: 'Workshop: visible online' },
      providerKind: 'training',
      providerName: 'Werkplaats Zichtbaar',
      description: {
        nl: 'Leer hoe je met WhatsApp, Instagram en een simpele website je achterban en nieuwe mensen bereikt. Met oefeningen op je eigen telefoon.',
        en: 'Learn how to reach your members and new people with WhatsApp, Instagram and a simple website. With exercises on your own phone.',
      },
      answers: ['communicatie', 'training'],
      wijken: [],
      website: 'https://werkplaats-zichtbaar.example.org',
      email: 'info@werkplaats-zichtbaar.example.org',
      phone: FIXED_PHONES[4],
    },
    {
      slug: 'hulp-bij-eherkenning',
      title: { nl: 'Hulp bij eHerkenning aanvragen', en: 'Help applying for eHerkenning' },
      providerKind: 'overig',
      providerName: 'Steunpunt Digitaal Regelen',
      description: {
        nl: 'Een vrijwilliger legt uit welk niveau eHerkenning je nodig hebt en helpt je bij de aanvraag. Informele netwerken horen hier ook hoe je zonder eigen eHerkenning toch een aanvraag kunt doen.',
        en: 'A volunteer explains which level of eHerkenning you need and helps you apply. Informal networks also learn how to apply without their own eHerkenning.',
      },
      answers: ['eherkenning'],
      wijken: [],
      website: 'https://digitaal-regelen.example.org',
      email: 'spreekuur@digitaal-regelen.example.org',
      phone: FIXED_PHONES[5],
    },
    {
      slug: 'maatschappelijk-tarief-buurtcentra',
      title: { nl: 'Ruimte huren met maatschappelijk tarief', en: 'Renting a room at the social rate' },
      providerKind: 'overig',
      providerName: 'Buurtcentra Utrecht',
      description: {
        nl: 'Vrijwilligersorganisaties huren een ruimte in een buurtcentrum voor 0 % of 35 % van de prijs. Ruimtes zijn er in vier maten: S (3–50 m²), M (50–80 m²), L (80–260 m²) en XL (260–500 m²).',
        en: 'Volunteer organisations rent a room in a community centre for 0% or 35% of the price. Rooms come in four sizes: S (3–50 m²), M (50–80 m²), L (80–260 m²) and XL (260–500 m²).',
      },
      answers: ['ruimte'],
      wijken: [],
      website: 'https://buurtcentra.example.org/maatschappelijk-tarief',
      email: 'ruimte@buurtcentra.example.org',
      phone: FIXED_PHONES[6],
    },
  ];

  // --- consultations -------------------------------------------------------------------------------
  const optedIn = published.filter((o) => o.consultationOptIn);
  function invite(themes, wijken, max) {
    const sensitive = themes.some((t) => SENSITIVE.includes(t));
    let list = optedIn.filter((o) => o.consultationThemes.some((t) => themes.includes(t)) && (!wijken.length || o.serves.some((w) => wijken.includes(w))));
    if (list.length < 3 && !sensitive) {
      for (const o of optedIn) if (!list.includes(o) && (!wijken.length || o.serves.some((w) => wijken.includes(w)))) list.push(o);
    }
    list = rnd.sample(list, Math.min(max, list.length));
    return list.map((o) => o.slug);
  }
  const participate = (invited, share) => invited.filter(() => rnd.chance(share));
  const CONSULTATIONS = [
    {
      slug: 'gezondheid-in-overvecht',
      title: { nl: 'Gezondheid in Overvecht: wat hebben bewoners nodig?', en: 'Health in Overvecht: what do residents need?' },
      offset: -300,
      organiser: 'Gemeente Utrecht, team Volksgezondheid',
      summary: {
        nl: 'De gemeente wilde weten waarom bewoners soms laat naar de huisarts gaan en wat zou helpen. Organisaties uit Overvecht deden mee aan twee gesprekken.',
        en: 'The municipality wanted to know why residents sometimes see the GP late and what would help. Organisations from Overvecht took part in two conversations.',
      },
      themes: ['gezondheid-en-zorg'],
      wijken: ['overvecht'],
      status: 'outcome-published',
      outcome: {
        nl: 'Er komt een vast spreekuur met een wijkverpleegkundige in twee buurtcentra, met tolken. Folders over de zorgverzekering zijn nu in zes talen. Deelnemende organisaties krijgen elk half jaar een update.',
        en: 'A regular drop-in with a district nurse will start in two community centres, with interpreters. Leaflets about health insurance are now available in six languages. Participating organisations get an update every six months.',
      },
      outcomeOffset: -200,
      published: true,
    },
    {
      slug: 'eenzaamheid-oudere-migranten',
      title: { nl: 'Eenzaamheid onder oudere migranten', en: 'Loneliness among older migrants' },
      offset: -180,
      organiser: 'Gemeente Utrecht, team Ouderen',
      summary: {
        nl: 'Hoe bereiken we oudere migranten die alleen zijn? Organisaties vertelden wat werkt in hun eigen gemeenschap.',
        en: 'How do we reach older migrants who are alone? Organisations told us what works in their own community.',
      },
      themes: ['ontmoeting-en-eenzaamheid'],
      wijken: [],
      status: 'outcome-published',
      outcome: {
        nl: 'Zelforganisaties kunnen vanaf volgend jaar een kleine bijdrage krijgen voor koffie-inlopen en huisbezoeken. Het buurtteam werkt samen met vaste contactpersonen in vier gemeenschappen.',
        en: 'From next year, self-organisations can receive a small contribution for coffee drop-ins and home visits. The neighbourhood team works with regular contact persons in four communities.',
      },
      outcomeOffset: -90,
      published: true,
    },
    {
      slug: 'initiatievenfonds-voor-informele-netwerken',
      title: { nl: 'Initiatievenfonds: makkelijker aanvragen voor informele netwerken', en: 'Initiatives Fund: easier applications for informal networks' },
      offset: -130,
      organiser: 'Gemeente Utrecht, Initiatievenfonds',
      summary: {
        nl: 'Informele netwerken hebben vaak geen eHerkenning. In deze raadpleging vroegen we hoe aanvragen makkelijker kan. De uitkomst is nog niet gedeeld.',
        en: 'Informal networks often do not have eHerkenning. In this consultation we asked how applying could be made easier. The outcome has not been shared yet.',
      },
      themes: ['wonen-en-buurt'],
      wijken: [],
      status: 'closed',
      outcome: null,
      published: true,
    },
    {
      slug: 'melden-van-discriminatie',
      title: { nl: 'Melden van discriminatie: wat houdt mensen tegen?', en: 'Reporting discrimination: what holds people back?' },
      offset: -10,
      organiser: 'Gemeente Utrecht, team Diversiteit en Inclusie',
      summary: {
        nl: 'Veel mensen melden discriminatie niet. Samen met organisaties zoeken we naar manieren om melden makkelijker en veiliger te maken.',
        en: 'Many people do not report discrimination. Together with organisations we look for ways to make reporting easier and safer.',
      },
      themes: ['discriminatie'],
      wijken: [],
      status: 'running',
      outcome: null,
      published: true,
    },
    {
      slug: 'schuldhulp-dichterbij',
      title: { nl: 'Schuldhulp dichterbij: in de buurt en in je eigen taal', en: 'Debt help closer to home: in the neighbourhood and in your own language' },
      offset: 35,
      organiser: 'Gemeente Utrecht, team Geldzaken',
      summary: {
        nl: 'Hoe kunnen mensen eerder hulp krijgen bij geldzorgen? We praten met organisaties uit Zuidwest en Overvecht over hun ervaringen.',
        en: 'How can people get help with money worries sooner? We will talk with organisations from Zuidwest and Overvecht about their experiences.',
      },
      themes: ['geldzaken-en-schulden'],
      wijken: ['zuidwest', 'overvecht'],
      status: 'planned',
      outcome: null,
      published: true,
    },
    {
      slug: 'taalaanbod-voor-nieuwkomers',
      title: { nl: 'Taalaanbod voor nieuwkomers', en: 'Language provision for newcomers' },
      offset: 70,
      organiser: 'Gemeente Utrecht, team Inburgering',
      summary: {
        nl: 'Welke taallessen en taalcafés missen er nog? Deze raadpleging wordt nog voorbereid.',
        en: 'Which language classes and language cafés are still missing? This consultation is still being prepared.',
      },
      themes: ['taal-en-inburgering'],
      wijken: [],
      status: 'planned',
      outcome: null,
      published: false,
    },
  ];
  const consultations = CONSULTATIONS.map((c) => {
    const invited = invite(c.themes, c.wijken, 8);
    const participants = c.status === 'planned' ? [] : participate(invited, c.status === 'running' ? 0.5 : 0.7);
    return {
      slug: c.slug,
      title: c.title,
      date: dayToIso(ref + c.offset),
      organiser: c.organiser,
      summary: c.summary,
      themes: c.themes,
      wijken: c.wijken,
      invited,
      participants,
      status: c.status,
      outcomeSummary: c.outcome,
      outcomeUrl: c.outcome ? `https://gemeente.example.org/raadplegingen/${c.slug}` : null,
      outcomeDate: c.outcome ? dayToIso(ref + c.outcomeOffset) : null,
      published: c.published,
    };
  });

  // --- assemble ------------------------------------------------------------------------------------
  // A stream of its own, so the rest of the data stays as it was.
  const access = makeRandom(Number(seed) + 7919);
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
      supportNeeds: o.supportNeeds,
      lastConfirmed: o.lastConfirmed,
      memberOf: o.memberOf,
      partners: o.partners,
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
