// Consultations by the municipality.
import { dayToIso } from './dates.mjs';
import { SENSITIVE } from './taxonomies.mjs';

/** The demo data's consultations, from what the earlier steps made (`ctx`). */
export function generateConsultations(ctx) {
  const { published, ref, rnd } = ctx;
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
  return { consultations };
}
