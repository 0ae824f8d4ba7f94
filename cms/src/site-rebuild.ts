/**
 * Tells the site's rebuild server (tooling/rebuilder.ts) that published content changed.
 *
 * Not Strapi's stored webhooks: their payload carries the whole entry, including fields that are not
 * public (an officials-only contact's phone is not a `private` attribute). This sends only
 * `{ event, model, documentId }` to REBUILD_WEBHOOK_URL, with REBUILD_WEBHOOK_SECRET as a bearer token.
 *
 * What changes the public site: publish, unpublish and deleting a published entry of a type with
 * drafts (organisations, activities, rooms, consultations, contact people); any create, update or delete
 * of a public type without drafts (taxonomies, support offers); and "still correct" on a published organisation (see plugins/mzo: services/freshness).
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_TYPES } from '@mzo/content-types';

export interface SiteChange {
  event: string;
  model: string;
  documentId: string;
}

const PUBLIC = new Map<string, boolean>(PUBLIC_TYPES.map((type) => [type.uid, type.draftAndPublish]));

/** Whether an entry event changes what the public site shows. */
export function changesPublicSite(event: string, uid: string, entry: { publishedAt?: string | null } | undefined): boolean {
  if (!PUBLIC.has(uid)) return false;
  const draftAndPublish = PUBLIC.get(uid);
  if (!draftAndPublish) return ['entry.create', 'entry.update', 'entry.delete'].includes(event);
  if (event === 'entry.publish' || event === 'entry.unpublish') return true;
  return event === 'entry.delete' && Boolean(entry?.publishedAt);
}

export function rebuildConfig(env: NodeJS.ProcessEnv = process.env) {
  const url = env.REBUILD_WEBHOOK_URL || '';
  return {
    url,
    secret: env.REBUILD_WEBHOOK_SECRET || '',
    statusUrl: env.REBUILD_STATUS_URL || (url ? new URL('/status', url).toString() : ''),
  };
}

let send: (change: SiteChange) => void = () => {};

/** Reports a change to the rebuild server (no-op when REBUILD_WEBHOOK_URL is not set). */
export function notifySiteChange(change: SiteChange) {
  send(change);
}

export function startRebuildNotifier(strapi: Core.Strapi) {
  const { url, secret } = rebuildConfig();
  if (!url) {
    strapi.log.info('REBUILD_WEBHOOK_URL is not set: publishing does not rebuild the public site.');
    return;
  }
  // One publish emits an event per locale; send each change once.
  const recent = new Set<string>();
  send = (change) => {
    const key = `${change.event} ${change.model} ${change.documentId}`;
    if (recent.has(key)) return;
    recent.add(key);
    setTimeout(() => recent.delete(key), 1000).unref();
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
      body: JSON.stringify({ event: change.event, model: change.model, documentId: change.documentId }),
      signal: AbortSignal.timeout(5000),
    }).then(
      (response) => {
        if (!response.ok) strapi.log.warn(`The rebuild server at ${url} answered HTTP ${response.status} to ${key}.`);
      },
      (error: Error) => strapi.log.warn(`Could not reach the rebuild server at ${url} for ${key}: ${error.message}`),
    );
  };
  for (const event of ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish']) {
    strapi.eventHub.on(event, async (info: { uid?: string; entry?: { documentId?: string; publishedAt?: string | null } }) => {
      if (info?.uid && info.entry?.documentId && changesPublicSite(event, info.uid, info.entry)) {
        send({ event, model: info.uid, documentId: info.entry.documentId });
      }
    });
  }
  strapi.log.info(`Publishing rebuilds the public site through ${url}.`);
}
