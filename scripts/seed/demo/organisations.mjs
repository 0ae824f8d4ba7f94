// Organisations: roles, names, profiles, networks, support needs.
import { dayToIso } from './dates.mjs';
import { COINED, FAITH_KINDS, NETWORK_KINDS, VERENIGING_KINDS } from './names.mjs';
import { CHANNEL_NOTES, KOEPEL_PHRASES, NEED_NOTES, ORIGIN } from './organisation-text.mjs';
import { COMMUNITIES, langShort, ORDINARY, SENSITIVE, TARGET_GROUPS, tgText, THEME_BY_SLUG, WIJK_INFO } from './taxonomies.mjs';
import { cap, clip, listEn, listNl, slugify, slugRegistry } from './text.mjs';

/** The demo data's organisations, from what the earlier steps made (`ctx`). */
export function generateOrganisations(ctx) {
  const { N, address, buurtcentra, buurtcentraByWijk, phone, ref, refIso, rnd, wijkSlugs } = ctx;
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
  // A relation is public only when the other side confirms it (issue 12): each koepel confirms its published
  // members, and published partners name each other. An unpublished organisation's claims stay unconfirmed.
  const bySlug = new Map(orgs.map((o) => [o.slug, o]));
  for (const k of orgs) k.confirmedMembers = k.published ? published.filter((o) => o.memberOf.includes(k.slug)).map((o) => o.slug) : [];
  for (const o of published) {
    for (const slug of o.partners) {
      const p = bySlug.get(slug);
      if (p && !p.partners.includes(o.slug) && !p.memberOf.includes(o.slug)) p.partners.push(o.slug);
    }
  }

  // Consultation profile: about two in five opt in; two in three of those agree to be named on the public record.
  let optedIn = 0;
  for (const o of orgs) {
    const optIn = o.published && o.status !== 'slapend' && (o.r % 5 === 0 || o.r % 5 === 2 || o.themes.some((t) => SENSITIVE.includes(t)));
    o.consultationOptIn = optIn;
    o.namedInConsultations = optIn && optedIn++ % 3 !== 2;
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
  return { published, orgs };
}
