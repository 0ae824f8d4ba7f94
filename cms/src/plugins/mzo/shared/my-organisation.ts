/**
 * The answer of GET /mzo/my-organisations ("Mijn organisatie"), as the server makes it
 * (server/src/services/my-organisations.ts) and the admin page reads it (admin/src/pages/MyOrganisation.tsx):
 * one shape for both, so a field added on one side is known on the other. Types only.
 */

/** The redactie sent an entry back with this reason (server/src/services/review-changes.ts keeps it). */
export interface SentBack {
  reason: string;
  at: string;
  by: string;
}

/** Where an entry is: live as stored, live with changes waiting for the redactie, or never published yet. */
export type State = 'published' | 'changed' | 'draft';

export interface Item {
  documentId: string;
  title: string;
  state: State;
  updatedAt: string;
  /** When the entry is published: its page on the public site. */
  publicUrl?: string;
  /** The redactie sent this draft back with a reason, and it was not changed since. */
  sentBack?: SentBack;
}

/** Another organisation that says it is a member of this one, or names it as a partner, while this one has not confirmed that. */
export interface WaitingClaim {
  documentId: string;
  name: string;
  kind: 'member' | 'partner';
}

/** "Published by the redactie": an entry of this organisation the redactie put on the website (notifications/editors.ts). */
export interface Notice {
  uid: string;
  documentId: string;
  kind: 'organisation' | 'activity' | 'room' | 'contact';
  title: string;
  at: string;
  by: string | null;
  /** The organisation's page on the website (activities and rooms are shown there). */
  publicUrl?: string;
}

export interface MyOrganisation extends Item {
  /** What the redactie published for this organisation in the last days, newest first, until closed. */
  notices: Notice[];
  lastConfirmed: string | null;
  activities: Item[];
  rooms: Item[];
  contacts: Item[];
  /** Memberships and partnerships that are public only once this organisation confirms them. */
  waitingForYou: WaitingClaim[];
}
