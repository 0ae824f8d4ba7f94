// Activities: one-off and recurring, in the coming weeks.
import { amsterdamToUtcMs, DAY_MS, dayToIso, HOLIDAYS, nextWeekday, nthWeekdayOfMonth, RRULE_DAYS, untilStamp, utcIso } from './dates.mjs';
import { langShort, SENSITIVE, tgText } from './taxonomies.mjs';
import { ACTIVITY_TEMPLATES, TEMPLATES_BY_THEME } from './templates.mjs';
import { listEn, listNl, slugify, slugRegistry } from './text.mjs';

/** The demo data's activities, from what the earlier steps made (`ctx`). */
export function generateActivities(ctx) {
  const { N, orgs, perOrgActivities, published, ref, rnd, roomsByOrg, roomsByProvider, roomsByWijk, wijkBySlug } = ctx;
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
  return { activities };
}
