/**
 * Telling a volunteer what the redactie did with what they keep (issue 15, item 7): when someone publishes
 * an organisation, or an activity, room or contact person of one, each editor of that organisation
 * (organisation.editors) but the one who published gets a notice on their start page ("Gepubliceerd door de
 * redactie …", kept 14 days or until they close it) and, when SMTP is configured, one e-mail per publish
 * action: a bulk publish of many entries is one request, and gives each editor one e-mail listing theirs.
 * When the redactie sends a change back with a reason, the editors get an e-mail with that reason too (the
 * start page already shows it).
 *
 * A document service middleware sees every publish (the edit view, the list's bulk publish, the review
 * dialog, the API); it collects the request's publishes and, once the answer went out successfully (so a
 * bulk publish that was rolled back tells nobody), writes the notices and sends the mails. Publishing by a
 * script (no admin user) tells nobody.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, TYPES } from '@mzo/content-types';
import { adminAddress } from '../invitations/message';
import { cmsPublicAddresses } from '../public-addresses';
import { publishedMail, sentBackMail, type MailItem, type Recipient } from './messages';

const ORG = 'api::organisation.organisation';

/** The types whose publication an organisation's editors hear about, with the relation to that organisation. */
export const NOTIFIED: Record<string, { kind: MailItem['kind']; title: string; relation?: string }> = {
  [ORG]: { kind: 'organisation', title: 'name' },
  'api::activity.activity': { kind: 'activity', title: 'title', relation: 'organisation' },
  'api::room.room': { kind: 'room', title: 'name', relation: 'providerOrganisation' },
  'api::contact-person.contact-person': { kind: 'contact', title: 'name', relation: 'organisation' },
};

/** How long a notice stays on the start page when it is not closed. */
export const NOTICE_DAYS = 14;

/** "Published by the redactie" on one editor's start page. */
export interface PublishedNotice {
  uid: string;
  documentId: string;
  /** When it was published (ISO). */
  at: string;
  /** The first name of who published it, when known. */
  by: string | null;
}

type Editor = Recipient & { id: number };
type Row = Record<string, unknown> & { documentId: string; locale?: string; publishedAt?: string | null };

const store = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'mzo', key: 'published-notices' });
const fresh = (notice: PublishedNotice, now = Date.now()) => now - Date.parse(notice.at) < NOTICE_DAYS * 24 * 3600 * 1000;

/** The notices of one editor that are still to be shown, newest first. */
export async function noticesOf(strapi: Core.Strapi, userId: number): Promise<PublishedNotice[]> {
  const all = ((await store(strapi).get({})) as Record<string, PublishedNotice[]> | null) ?? {};
  return (all[String(userId)] ?? []).filter((notice) => fresh(notice)).sort((a, b) => b.at.localeCompare(a.at));
}

/** Closes one notice of one editor (the others keep theirs). */
export async function dismissNotice(strapi: Core.Strapi, userId: number, uid: string, documentId: string) {
  const all = ((await store(strapi).get({})) as Record<string, PublishedNotice[]> | null) ?? {};
  const own = all[String(userId)] ?? [];
  all[String(userId)] = own.filter((notice) => fresh(notice) && !(notice.uid === uid && notice.documentId === documentId));
  await store(strapi).set({ value: all });
}

async function addNotices(strapi: Core.Strapi, byEditor: Map<number, PublishedNotice[]>) {
  const all = ((await store(strapi).get({})) as Record<string, PublishedNotice[]> | null) ?? {};
  for (const [userId, notices] of byEditor) {
    const kept = (all[String(userId)] ?? []).filter((old) => fresh(old) && !notices.some((n) => n.uid === old.uid && n.documentId === old.documentId));
    all[String(userId)] = [...kept, ...notices];
  }
  await store(strapi).set({ value: all });
}

/** The version of a document to describe: the Dutch one when there is one. */
function pick(rows: Row[]): Row | undefined {
  return rows.find((row) => !row.locale || row.locale === DEFAULT_LOCALE) ?? rows[0];
}

/**
 * What a mail may say of one entry (its published version, or its draft), and the organisation it belongs to.
 * A contact person is named only when they are on the website.
 */
async function describe(strapi: Core.Strapi, uid: string, documentId: string, status: 'published' | 'draft') {
  const type = NOTIFIED[uid];
  if (!type) return null;
  const fields = ['documentId', 'locale', type.title, ...(type.kind === 'contact' ? ['visibility'] : [])];
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId, publishedAt: status === 'published' ? { $notNull: true } : null },
    select: fields,
    ...(type.relation ? { populate: { [type.relation]: { select: ['documentId', 'name'] } } } : {}),
  })) as Row[];
  const row = pick(rows);
  if (!row) return null;
  const owner = type.relation ? (row[type.relation] as { documentId?: string; name?: string } | null) : { documentId, name: String(row.name ?? '') };
  if (!owner?.documentId) return null;
  const organisations = (await strapi.db.query(ORG).findMany({
    where: { documentId: owner.documentId, publishedAt: { $notNull: true } },
    select: ['slug', 'name', 'locale'],
  })) as Row[];
  const published = pick(organisations);
  const { siteUrl } = cmsPublicAddresses();
  const title = type.kind === 'contact' && row.visibility !== 'public' ? null : String(row[type.title] ?? '');
  const item: MailItem = {
    kind: type.kind,
    title,
    organisation: String(published?.name ?? owner.name ?? ''),
    ...(published?.slug ? { publicUrl: `${siteUrl}/organisaties/${published.slug}/` } : {}),
  };
  return { item, organisationId: owner.documentId };
}

/** The active editors of an organisation (every stored version lists the same ones). */
async function editorsOf(strapi: Core.Strapi, organisationId: string): Promise<Editor[]> {
  const rows = (await strapi.db.query(ORG).findMany({
    where: { documentId: organisationId },
    select: ['id'],
    populate: { editors: { select: ['id', 'email', 'firstname', 'preferedLanguage', 'isActive', 'blocked'] } },
  })) as { editors?: (Editor & { isActive?: boolean; blocked?: boolean })[] }[];
  const editors = new Map<number, Editor>();
  for (const row of rows)
    for (const editor of row.editors ?? [])
      if (editor.isActive && !editor.blocked)
        editors.set(editor.id, { id: editor.id, email: editor.email, firstname: editor.firstname, preferedLanguage: editor.preferedLanguage });
  return [...editors.values()];
}

const mailConfigured = () => Boolean(process.env.SMTP_HOST);

async function send(strapi: Core.Strapi, mail: { to: string; subject: string; text: string }, what: string) {
  try {
    await strapi.plugin('email').service('email').send(mail);
  } catch (error) {
    strapi.log.warn(`${what} to ${mail.to} not sent: ${(error as Error).message}`);
  }
}

export interface Publisher {
  id: number;
  firstname?: string | null;
}

/** After one publish action: a notice for each editor of the organisations concerned, and one e-mail each. */
export async function notifyPublished(strapi: Core.Strapi, published: { uid: string; documentId: string }[], publisher: Publisher) {
  const at = new Date().toISOString();
  const by = publisher.firstname || null;
  const perEditor = new Map<number, { editor: Editor; items: MailItem[]; notices: PublishedNotice[] }>();
  const editorsByOrganisation = new Map<string, Editor[]>();
  for (const { uid, documentId } of published) {
    const described = await describe(strapi, uid, documentId, 'published');
    if (!described) continue;
    let editors = editorsByOrganisation.get(described.organisationId);
    if (!editors) editorsByOrganisation.set(described.organisationId, (editors = await editorsOf(strapi, described.organisationId)));
    for (const editor of editors) {
      if (editor.id === publisher.id) continue;
      const entry = perEditor.get(editor.id) ?? { editor, items: [], notices: [] };
      entry.items.push(described.item);
      entry.notices.push({ uid, documentId, at, by });
      perEditor.set(editor.id, entry);
    }
  }
  if (!perEditor.size) return;
  await addNotices(strapi, new Map([...perEditor].map(([id, entry]) => [id, entry.notices])));
  if (!mailConfigured()) return;
  for (const { editor, items } of perEditor.values()) await send(strapi, publishedMail(editor, items, by, at, adminAddress()), 'Publication e-mail');
}

const LOCALIZED = new Set(TYPES.filter((type) => type.localized).map((type) => `api::${type.name}.${type.name}`));

/** The admin's edit view of an entry, with its language in the address (as the start page links it). */
export function editUrl(uid: string, documentId: string) {
  return `${adminAddress()}/content-manager/collection-types/${uid}/${documentId}${LOCALIZED.has(uid) ? `?plugins[i18n][locale]=${DEFAULT_LOCALE}` : ''}`;
}

/** After "Terugsturen": an e-mail with the reason to each editor of the organisation (when SMTP is configured). */
export async function notifySentBack(strapi: Core.Strapi, uid: string, documentId: string, reason: string, sender: Publisher) {
  if (!mailConfigured()) return;
  const described = await describe(strapi, uid, documentId, 'draft');
  if (!described) return;
  for (const editor of await editorsOf(strapi, described.organisationId)) {
    if (editor.id === sender.id) continue;
    await send(strapi, sentBackMail(editor, described.item, reason, sender.firstname || null, editUrl(uid, documentId)), 'Sent-back e-mail');
  }
}

type RequestContext = {
  state?: { user?: Publisher; auth?: { strategy?: { name?: string } }; mzoPublished?: { uid: string; documentId: string }[] };
  res?: { once: (event: 'finish', listener: () => void) => void; statusCode: number };
};

/** The document service middleware that collects a request's publishes and tells the editors once it succeeded. */
export function registerPublishNotices(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'publish' || !NOTIFIED[context.uid]) return next();
    const result = await next();
    const documentId = (context.params as { documentId?: string }).documentId;
    const ctx = strapi.requestContext.get() as RequestContext | undefined;
    const user = ctx?.state?.auth?.strategy?.name === 'admin' ? ctx.state.user : undefined;
    if (!documentId || !ctx?.state || !ctx.res || !user) return result;
    let pending = ctx.state.mzoPublished;
    if (!pending) {
      pending = ctx.state.mzoPublished = [];
      const res = ctx.res;
      const list = pending;
      res.once('finish', () => {
        if (res.statusCode >= 300) return;
        notifyPublished(strapi, list, user).catch((error: Error) => strapi.log.warn(`Telling the editors about a publication failed: ${error.message}`));
      });
    }
    if (!pending.some((p) => p.uid === context.uid && p.documentId === documentId)) pending.push({ uid: context.uid, documentId });
    return result;
  });
}
