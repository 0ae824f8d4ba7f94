import type { messages } from './messages/nl.ts';

/** A key of the interface text: the Dutch dictionary's keys are the keys. */
export type MessageKey = keyof typeof messages & string;

/** A language's interface text: every key, as TypeScript checks and tests/unit/i18n.test.ts tests. */
export type Dictionary = Record<MessageKey, string>;

/**
 * How far a dictionary is checked. `machine-assisted`: a draft made with a translation model and read by the
 * team, awaiting review by a native speaker; `reviewed`: a native speaker checked every text (docs/vertalingen.md).
 */
export interface DictionaryMeta {
  status: 'source' | 'reviewed' | 'machine-assisted';
  /** The date of the last check, YYYY-MM-DD. */
  checked: string;
  /** Who checked it (a name or a role; never an e-mail address). */
  by: string;
}
