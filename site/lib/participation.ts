import { mayBeNamedIn } from '@mzo/content-types';
import type { Consultation, Organisation, SupportOffer } from './types.ts';

/** How a consultation reads to the public; `outcome-pending` after its date without an outcome. */
export type ConsultationState = 'planned' | 'running' | 'outcome' | 'outcome-pending';

/** The public state of a consultation on `today` (YYYY-MM-DD comparison in the build's time). */
export function consultationState(c: Pick<Consultation, 'consultationStatus' | 'date' | 'outcomeSummary'>, today: Date): ConsultationState {
  if (c.outcomeSummary) return 'outcome';
  const past = c.date < today.toISOString().slice(0, 10);
  if (past || c.consultationStatus === 'closed' || c.consultationStatus === 'outcome-published') return 'outcome-pending';
  return c.consultationStatus === 'running' ? 'running' : 'planned';
}

/** Consultations with a published outcome, newest outcome first. */
export function outcomesNewestFirst(consultations: Consultation[]): Consultation[] {
  return consultations.filter((c) => c.outcomeSummary).sort((a, b) => (b.outcomeDate ?? b.date).localeCompare(a.outcomeDate ?? a.date));
}

/** Support offers answering `need` for an organisation in wijk `wijkId` (offers without wijken serve all). */
export function offersFor(need: string, wijkId: string | undefined, offers: SupportOffer[]): SupportOffer[] {
  return offers.filter(
    (o) =>
      (o.answers ?? []).some((a) => a.need === need) &&
      ((o.wijken ?? []).length === 0 || (wijkId !== undefined && o.wijken!.some((w) => w.documentId === wijkId))),
  );
}

/** How many organisations declare each need, per key (wijk or theme documentIds); counts only. */
export function needCounts(organisations: Organisation[], keysOf: (o: Organisation) => string[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const o of organisations) {
    const needs = new Set((o.supportNeeds ?? []).map((n) => n.need));
    for (const key of keysOf(o)) {
      const row = counts.get(key) ?? new Map<string, number>();
      for (const need of needs) row.set(need, (row.get(need) ?? 0) + 1);
      counts.set(key, row);
    }
  }
  return counts;
}

/**
 * Organisations that opted in to be consulted on any of `themeIds` and are located in or serve any
 * of `wijkIds`; an empty choice means "any".
 */
export function consultationCandidates(
  organisations: Organisation[],
  themeIds: string[],
  wijkIds: string[],
  sensitiveIds: Set<string> = new Set(),
): Organisation[] {
  return organisations.filter((o) => {
    if (!o.consultationOptIn) return false;
    const themes = publicConsultationThemeIds(o, sensitiveIds);
    const wijken = [o.locatedIn?.documentId, ...(o.serves ?? []).map((w) => w.documentId)].filter(Boolean) as string[];
    return (themeIds.length === 0 || themeIds.some((t) => themes.includes(t))) && (wijkIds.length === 0 || wijkIds.some((w) => wijken.includes(w)));
  });
}

/**
 * The themes an organisation may be publicly listed as wanting to be consulted on: a sensitive
 * theme only when the organisation also shows it among its public themes.
 */
export function publicConsultationThemeIds(o: Pick<Organisation, 'themes' | 'consultationThemes'>, sensitiveIds: Set<string>): string[] {
  const shown = new Set((o.themes ?? []).map((t) => t.documentId));
  return (o.consultationThemes ?? []).map((t) => t.documentId).filter((id) => !sensitiveIds.has(id) || shown.has(id));
}

/**
 * The organisations a consultation names in public as having taken part: published ones that agreed to
 * be named, for a consultation on a sensitive theme only those that show that theme (the model's rule,
 * `mayBeNamedIn`; the CMS's public API applies the same rule, this keeps a snapshot from elsewhere honest).
 */
export function publicParticipantsOf(
  c: { participants?: { documentId: string }[] | null; themes?: { documentId: string }[] | null },
  organisations: Map<string, Organisation>,
  sensitiveThemeIds: Set<string>,
): Organisation[] {
  return (c.participants ?? [])
    .map((p) => organisations.get(p.documentId))
    .filter((o): o is Organisation => o !== undefined)
    .filter((o) => mayBeNamedIn(c, o, sensitiveThemeIds));
}

/** The year a consultation took place in, for the /inbreng/ filter. */
export const consultationYear = (c: Pick<Consultation, 'date'>): string => c.date.slice(0, 4);
