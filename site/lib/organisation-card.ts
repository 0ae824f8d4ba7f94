import type { Locale } from '@mzo/content-types';
import { agendaItems, buildNow } from './agenda.ts';
import { resolve, type SiteContent } from './content.ts';
import { formatDateTime } from './format-date.ts';
import { PUBLIC_CMS_URL } from './cms-public.ts';
import type { Activity, Organisation } from './types.ts';

/** What an organisation's card says about it, so a resident can trust it without opening it (issue 16). */
export interface CardFacts {
  wijk?: string;
  /** The wijken it is active in (its own first). */
  serves: string[];
  languages: string[];
  targetGroups: string[];
  /** Its next activity: title and when, in the page's language. */
  next?: { title: string; when: string; activity: Activity };
  /** The address of its logo, when it has one. */
  logo?: string;
}

/** An uploaded file's address: Strapi's local uploads are relative to the CMS, S3 ones absolute. */
export function mediaUrl(url: string): string {
  return /^https:\/\//.test(url) ? url : `${PUBLIC_CMS_URL}${url.startsWith('/') ? '' : '/'}${url}`;
}

export function cardFacts(o: Organisation, content: SiteContent, locale: Locale): CardFacts {
  const wijk = o.locatedIn ? content.byId.wijk.get(o.locatedIn.documentId) : undefined;
  const serves = resolve(content.byId.wijk, o.serves).map((w) => w.name);
  const upcoming = agendaItems(content.byOrganisation.activities.get(o.documentId) ?? [], buildNow(), 8)[0];
  return {
    wijk: wijk?.name,
    serves: [...new Set([...(wijk ? [wijk.name] : []), ...serves])],
    languages: resolve(content.byId.language, o.languages).map((x) => x.name),
    targetGroups: resolve(content.byId.targetGroup, o.targetGroups).map((x) => x.name),
    next: upcoming ? { title: upcoming.activity.title, when: formatDateTime(upcoming.start.toISOString(), locale), activity: upcoming.activity } : undefined,
    logo: o.logo?.url ? mediaUrl(o.logo.url) : undefined,
  };
}
