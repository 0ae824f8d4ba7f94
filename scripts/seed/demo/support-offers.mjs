// Support offers of the support providers.
import { WIJKEN } from '@mzo/content-types';
import { dockPhone, FIXED_PHONES } from './organisation-text.mjs';

/** The demo data's support offers: fixed ones, drawing on no random stream. */
export function generateSupportOffers() {
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
  return { supportOffers };
}
