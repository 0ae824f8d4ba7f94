import { MZO_TABLES, organisation as organisationType } from '@mzo/content-types';
import { fieldColumns, siteFields } from '../model-fields.ts';
import type { Room } from '../types.ts';
import { openDataId } from './ids.ts';
import { absoluteUrl } from './paths.ts';
import { pagePath } from '../paths.ts';
import { compact, roomFacts, type Row } from './records.ts';
import type { Consultation, Publishable } from './source.ts';
import { resolve } from '../resolve.ts';
import { publicParticipantsOf } from '../participation.ts';

/** The organisation fields the model marks for the site; those with a `column` join the profile table. */
const ORGANISATION_FIELDS = siteFields(organisationType);

export { MZO_TABLES };

/**
 * Organisations that may be named as invited to or taking part in a consultation: those that agreed to be
 * named, and for a consultation on a sensitive theme only those that show that theme publicly (`mayBeNamedIn`).
 */
export function publicParticipants(consultation: Consultation, refs: { documentId: string }[] | null | undefined, p: Publishable) {
  const sensitive = new Set(p.allThemes.filter((t) => t.sensitive).map((t) => t.documentId));
  return publicParticipantsOf({ themes: consultation.themes, participants: refs }, p.byId.organisation, sensitive);
}

/**
 * The MZO-gids extension profile of HSDS (documented in docs/open-data.md): organisation profiles
 * (reach, consultation opt-in, freshness), relations, reach channels, public support calls, rooms with
 * Utrecht's size classes and tariffs, and the consultation log with who took part.
 */
export function mzoExtension(
  p: Publishable,
  id: { organisation: (documentId: string) => string; room: (room: Room) => string },
): Record<(typeof MZO_TABLES)[number], Row[]> {
  const tables = Object.fromEntries(MZO_TABLES.map((name) => [name, []])) as unknown as Record<(typeof MZO_TABLES)[number], Row[]>;
  const codes = <T extends { documentId: string }>(map: Map<string, T>, refs: { documentId: string }[] | null | undefined, code: (x: T) => string) =>
    resolve(map, refs).map(code).join(';');
  for (const o of p.organisations) {
    const organisationId = id.organisation(o.documentId);
    const sensitiveShown = new Set((o.themes ?? []).map((t) => t.documentId));
    const consultationThemes = (o.consultationThemes ?? []).filter((t) => {
      const theme = p.byId.theme.get(t.documentId);
      return theme && (!theme.sensitive || sensitiveShown.has(t.documentId));
    });
    tables.mzo_organisation_profiles.push(
      compact({
        organization_id: organisationId,
        slug: o.slug,
        page_url: absoluteUrl(p.siteUrl, pagePath.organisation(p.locale, o.slug ?? o.documentId)),
        legal_form: o.legalForm,
        kvk_number: o.kvkNumber,
        organisation_status: o.organisationStatus,
        located_in_wijk: o.locatedIn ? p.byId.wijk.get(o.locatedIn.documentId)?.code : undefined,
        serves_wijken: codes(p.byId.wijk, o.serves, (w) => w.code),
        communities: codes(p.byId.community, o.communities, (c) => c.slug ?? c.documentId),
        reach_estimate: o.reachEstimate,
        reach_note: o.reachNote,
        consultation_opt_in: o.consultationOptIn ?? false,
        consultation_themes: o.consultationOptIn ? codes(p.byId.theme, consultationThemes, (x) => x.slug ?? x.documentId) : undefined,
        consultation_languages: o.consultationOptIn ? codes(p.byId.language, o.consultationLanguages, (l) => l.code) : undefined,
        consultation_channel: o.consultationOptIn ? o.consultationChannel : undefined,
        consultation_lead_time_weeks: o.consultationOptIn ? o.consultationLeadTimeWeeks : undefined,
        last_confirmed: o.lastConfirmed,
        social_links: (o.socialLinks ?? []).map((l) => l.url).join(' '),
        ...fieldColumns(ORGANISATION_FIELDS, o),
      }),
    );
    for (const [relation, refs] of [
      ['member_of', o.memberOf],
      ['partner', o.partners],
    ] as const) {
      for (const other of resolve(p.byId.organisation, refs)) {
        tables.mzo_organisation_relations.push({ organization_id: organisationId, relation, related_organization_id: id.organisation(other.documentId) });
      }
    }
    (o.channels ?? []).forEach((c, i) => {
      tables.mzo_channels.push(compact({ id: openDataId('channel', o.documentId, String(i)), organization_id: organisationId, kind: c.kind, note: c.note }));
    });
    // Only needs the organisation chose to show as a public call; the rest are for matching by staff.
    (o.supportNeeds ?? []).forEach((n, i) => {
      if (n.publicCall)
        tables.mzo_support_needs.push(
          compact({ id: openDataId('support_need', o.documentId, String(i)), organization_id: organisationId, need: n.need, note: n.note }),
        );
    });
  }
  for (const r of p.rooms) {
    tables.mzo_rooms.push(
      compact({
        location_id: id.room(r),
        slug: r.slug,
        provider_name: r.providerName,
        organization_id: r.providerOrganisation ? id.organisation(r.providerOrganisation.documentId) : undefined,
        wijk: r.wijk ? p.byId.wijk.get(r.wijk.documentId)?.code : undefined,
        ...roomFacts(r),
      }),
    );
  }
  for (const c of p.consultations) {
    const consultationId = openDataId('consultation', c.documentId);
    const participants = publicParticipants(c, c.participants, p);
    tables.mzo_consultations.push(
      compact({
        id: consultationId,
        slug: c.slug,
        title: c.title,
        date: c.date,
        organiser: c.organiser,
        summary: c.summary,
        status: c.consultationStatus,
        themes: codes(p.byId.theme, c.themes, (x) => x.slug ?? x.documentId),
        wijken: codes(p.byId.wijk, c.wijken, (w) => w.code),
        // Counts of the organisations the record may name (those that agreed to be named).
        invited_count: publicParticipants(c, c.invited, p).length,
        participant_count: participants.length,
        outcome_summary: c.outcomeSummary,
        outcome_url: c.outcomeUrl,
        outcome_date: c.outcomeDate,
      }),
    );
    for (const o of participants) {
      tables.mzo_consultation_participants.push({ consultation_id: consultationId, organization_id: id.organisation(o.documentId) });
    }
  }
  return tables;
}
