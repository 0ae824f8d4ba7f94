// The taxonomies of the demo data: themes, wijken, communities, languages, target groups.

export const THEMES = [
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
export const SENSITIVE = THEMES.filter((t) => t.sensitive).map((t) => t.slug);
export const ORDINARY = THEMES.filter((t) => !t.sensitive).map((t) => t.slug);
export const THEME_BY_SLUG = new Map(THEMES.map((t) => [t.slug, t]));

export const WIJK_INFO = {
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

export const COMMUNITIES = [
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

export const LANGUAGES = [
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
export const LANGUAGE_BY_SLUG = new Map(LANGUAGES.map((l) => [l.slug, l]));
export const langShort = (slug, locale) => {
  const l = LANGUAGE_BY_SLUG.get(slug);
  return (l.short ?? l.name)[locale];
};

export const TARGET_GROUPS = [
  { slug: 'jongeren', name: { nl: 'Jongeren', en: 'Young people' } },
  { slug: 'vrouwen', name: { nl: 'Vrouwen', en: 'Women' } },
  { slug: 'ouderen', name: { nl: 'Ouderen', en: 'Older people' } },
  { slug: 'gezinnen', name: { nl: 'Gezinnen', en: 'Families' } },
  { slug: 'nieuwkomers', name: { nl: 'Nieuwkomers', en: 'Newcomers' } },
  { slug: 'mannen', name: { nl: 'Mannen', en: 'Men' } },
  { slug: 'kinderen', name: { nl: 'Kinderen', en: 'Children' } },
  { slug: 'statushouders', name: { nl: 'Statushouders', en: 'Refugees with a residence permit' } },
];
export const TG = new Map(TARGET_GROUPS.map((t) => [t.slug, t]));
export const tgText = (slug, locale) => {
  if (slug === 'statushouders' && locale === 'en') return 'refugees';
  return TG.get(slug).name[locale].toLowerCase();
};
