// The pure parts of issue 16 (residents on a phone): reaching an organisation, near me, the agenda's days,
// the rooms finder's tariff and capacity, the initials mark, the search's marking of matched values, the CSP.
import { describe, expect, it } from 'vitest';
import { internationalDigits, meetingTime, routeUrl, whatsappUrl } from '../../site/lib/reach.ts';
import { distanceKm, formatDistance, normalisePostcode, pointFromLocatieserver } from '../../site/scripts/near.ts';
import { daysOf } from '../../site/scripts/agenda-when.ts';
import { numberProblem, roomMatches } from '../../site/lib/rooms.ts';
import { initials, markColour, MARK_COLOURS } from '../../site/scripts/initials.ts';
import { matches } from '../../site/scripts/search.ts';
import { contentSecurityPolicy } from '../../site/lib/security-headers.ts';
import { parseSuggestion, SUGGESTION_PAGE_TEXT } from '@mzo/content-types';
import { DICTIONARIES } from '../../site/i18n/index.ts';
import { FORMAL_DUTCH, JARGON, occurrences, visibleText } from '../support/plain-words.ts';

describe('reaching an organisation', () => {
  it('makes wa.me links from phone numbers and keeps WhatsApp addresses', () => {
    expect(internationalDigits('06 1234 5678')).toBe('31612345678');
    expect(internationalDigits('+31 6 1234 5678')).toBe('31612345678');
    expect(whatsappUrl('06-12345678')).toBe('https://wa.me/31612345678');
    expect(whatsappUrl('https://wa.me/31612345678')).toBe('https://wa.me/31612345678');
    expect(whatsappUrl('https://chat.whatsapp.com/AbC')).toBe('https://chat.whatsapp.com/AbC');
    expect(whatsappUrl('javascript:alert(1)')).toBeUndefined();
  });

  it('fills the route planner address', () => {
    expect(routeUrl(52.1, 5.12, 'Kerkstraat 1, Utrecht')).toBe('https://www.openstreetmap.org/directions?route=%3B52.1%2C5.12#map=17/52.1/5.12');
    expect(routeUrl(52.1, 5.12, 'Kerkstraat 1', 'https://maps.example/?q={address}&ll={lat},{lng}')).toBe(
      'https://maps.example/?q=Kerkstraat%201&ll=52.1,5.12',
    );
  });

  it('says when an activity meets in words', () => {
    const at = { startsAt: '2026-12-01T18:00:00.000Z', endsAt: '2026-12-01T20:00:00.000Z' };
    expect(meetingTime({ ...at, recurrence: 'FREQ=WEEKLY;BYDAY=TU' }, 'nl')).toBe('Elke dinsdag, 19:00–21:00');
    expect(meetingTime({ ...at, recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6' }, 'en')).toBe('Every other Tuesday, 19:00–21:00');
    expect(meetingTime({ ...at, recurrence: 'FREQ=MONTHLY;BYDAY=-1SA' }, 'nl')).toBe('Elke laatste zaterdag van de maand, 19:00–21:00');
    expect(meetingTime({ ...at, recurrence: '' }, 'nl')).toBeUndefined();
    expect(meetingTime({ ...at, recurrence: 'FREQ=DAILY' }, 'nl')).toBeUndefined();
  });
});

describe('near me', () => {
  it('measures distance, reads postcodes and the Locatieserver answer', () => {
    expect(distanceKm([52.0907, 5.1214], [52.0907, 5.1214])).toBe(0);
    expect(distanceKm([52.0907, 5.1214], [52.1907, 5.1214])).toBeCloseTo(11.12, 1);
    expect(normalisePostcode(' 3511 ab ')).toBe('3511AB');
    expect(normalisePostcode('0511AB')).toBeNull();
    expect(normalisePostcode('3511')).toBeNull();
    expect(pointFromLocatieserver({ response: { docs: [{ centroide_ll: 'POINT(5.11 52.09)' }] } })).toEqual([52.09, 5.11]);
    expect(pointFromLocatieserver({ response: { docs: [] } })).toBeNull();
    expect(formatDistance(1.234, 'nl')).toBe('1,2 km');
    expect(formatDistance(0.32, 'nl')).toBe('300 m');
  });

  it('allows the Locatieserver in the CSP only when configured', () => {
    expect(contentSecurityPolicy({ cmsUrl: 'https://cms.example.org' })).toContain("connect-src 'self' https://cms.example.org;");
    expect(contentSecurityPolicy({ cmsUrl: 'https://cms.example.org', pdokUrl: 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free' })).toMatch(
      /connect-src 'self' https:\/\/cms\.example\.org https:\/\/api\.pdok\.nl;/,
    );
  });
});

describe('the agenda', () => {
  it('knows which days today, tomorrow and the weekend are', () => {
    expect(daysOf('vandaag', '2026-11-30')).toEqual(['2026-11-30']);
    expect(daysOf('morgen', '2026-11-30')).toEqual(['2026-12-01']);
    expect(daysOf('weekend', '2026-11-30')).toEqual(['2026-12-05', '2026-12-06']);
    expect(daysOf('weekend', '2026-12-05')).toEqual(['2026-12-05', '2026-12-06']);
    expect(daysOf('weekend', '2026-12-06')).toEqual(['2026-12-06']);
  });
});

describe('the rooms finder', () => {
  const room = (tariff: string) => ({ size: 'M', capacity: 30, tariff, wijk: 'west', facilities: [] });
  it('takes the social tariff as one choice of both levels', () => {
    expect(roomMatches(room('tarief-0'), { tariff: 'maatschappelijk' })).toBe(true);
    expect(roomMatches(room('tarief-35'), { tariff: 'maatschappelijk' })).toBe(true);
    expect(roomMatches(room('tarief-100'), { tariff: 'maatschappelijk' })).toBe(false);
    expect(roomMatches(room('tarief-100'), { tariff: 'tarief-100' })).toBe(true);
  });
  it('refuses capacities outside the model’s limits', () => {
    const limits = { min: 1, max: 2000 };
    expect(numberProblem('-5', limits)).toBe('tooSmall');
    expect(numberProblem('2,5', limits)).toBe('notInteger');
    expect(numberProblem('3000', limits)).toBe('tooLarge');
    expect(numberProblem('20', limits)).toBeNull();
    expect(numberProblem('', limits)).toBeNull();
  });
});

describe('cards', () => {
  it('give an organisation without a logo its initials on one of the dark colours', () => {
    expect(initials('Stichting Koerdische Gezinnen Sterappel')).toBe('KG');
    expect(initials('Vereniging De Brug')).toBe('B');
    expect(initials('Stichting')).toBe('S');
    expect(MARK_COLOURS).toContain(markColour('Stichting Koerdische Gezinnen Sterappel'));
    expect(markColour('X')).toBe(markColour('X'));
  });
  it('mark the values a search asked for', () => {
    expect(matches('Turks', ['turkse', 'vrouwen'])).toBe(true);
    expect(matches('Vrouwen', ['turkse', 'vrouwen'])).toBe(true);
    expect(matches('Overvecht', ['overvecht'])).toBe(true);
    expect(matches('Koerdisch', ['turkse'])).toBe(false);
    expect(matches('Arabisch', ['ara'])).toBe(false);
  });
});

describe('plain words', () => {
  it('say "je" in every Dutch text, the suggestion form’s answers from the CMS included', () => {
    const errors = parseSuggestion({ kind: 'new-network', message: 'x', submitterName: 'x'.repeat(500), submitterEmail: 'x', locale: 'nl' });
    const texts = [
      ...Object.entries(DICTIONARIES.nl.messages),
      ...Object.entries(errors.ok ? {} : errors.errors).map(([field, text]) => [`form error ${field}`, text]),
      ...Object.entries(SUGGESTION_PAGE_TEXT).map(([key, text]) => [`form page ${key}`, text.nl]),
    ];
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter(([, text]) => occurrences(String(text), FORMAL_DUTCH).length).map(([key]) => key)).toEqual([]);
  });

  it('keep codes and technical words out of every language’s texts, but for the open-data page', () => {
    const found = Object.entries(DICTIONARIES).flatMap(([locale, { messages }]) =>
      Object.entries(messages)
        .filter(([key]) => !key.startsWith('openData.') || /^openData\.(subscribe|download)/.test(key))
        .filter(([, text]) => JARGON.some(({ word }) => word.test(text)))
        .map(([key]) => `${locale} ${key}`),
    );
    expect(found).toEqual([]);
  });

  it('find the formal address and codes as words only, in what a page shows', () => {
    expect(occurrences('Ziet u iets? Uw bericht. Bel uzelf', FORMAL_DUTCH)).toHaveLength(3);
    expect(occurrences('Utrecht, uur, u-bocht, menu, U2, Jou', FORMAL_DUTCH)).toEqual([]);
    const html =
      '<html><head><title>Wijk &amp; buurt</title><meta name="description" content="WK034403"></head><body><script>var u = 1</script>' +
      '<a href="x.ics" aria-label="Sla op: Noord">bestand</a><img alt="Kaart van u"></body></html>';
    expect(visibleText(html)).toBe('Wijk & buurt bestand Sla op: Noord Kaart van u');
  });
});
