// Text for organisation profiles: origins, umbrella phrases, channel and support notes, contact roles, phones.

export const ORIGIN = {
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
export const KOEPEL_PHRASES = [
  { nl: 'delen kennis tussen organisaties', en: 'share knowledge between organisations' },
  { nl: 'helpen nieuwe netwerken op weg', en: 'help new networks get started' },
  { nl: 'praten namens onze leden met de gemeente', en: 'speak with the municipality on behalf of our members' },
];
export const CHANNEL_NOTES = {
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
export const NEED_NOTES = {
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
export const CONTACT_ROLES = [
  { role: 'Voorzitter', mailbox: 'voorzitter' },
  { role: 'Secretaris', mailbox: 'secretariaat' },
  { role: 'Penningmeester', mailbox: 'penningmeester' },
  { role: 'Coördinator vrijwilligers', mailbox: 'vrijwilligers' },
  { role: 'Contactpersoon activiteiten', mailbox: 'activiteiten' },
  { role: 'Bestuurslid', mailbox: 'bestuur' },
];

/** Phone numbers of the support offers; generated numbers never repeat them. */
export const dockPhone = (i) => `030 1${10 + i} 2${String(100 + i * 37).padStart(3, '0')}`;
export const FIXED_PHONES = ['030 120 4400', '030 120 4401', '030 140 1400', '030 155 2020', '030 166 3030', '030 177 4040', '030 188 5050'];
