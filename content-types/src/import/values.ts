/** Reading one value from a file into what a field stores: numbers, yes/no, choices, dates, addresses, links. */
import { SOCIAL_PLATFORMS } from '../model.ts';
import { normalisePostcode } from '../validation.ts';
import { matchKey } from './text.ts';

/** A cell as read from a file: text, a number, a yes/no, a date (XLSX), or empty. */
export type Cell = string | number | boolean | Date | null | undefined;

export const isEmpty = (cell: Cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x', 'wel']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', 'niet']);

/** `ja`, `yes`, `x`, `1`, `true` → true; `nee`, `no`, `0`, `false` → false; anything else undefined. */
export function readBoolean(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const key = matchKey(String(cell ?? ''));
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** A number from a cell (`1.234` and `1,5` as people type them); undefined when it is none. */
export function readNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  const n = Number(text.replace(',', '.'));
  return text && Number.isFinite(n) ? n : undefined;
}

/** A calendar date (YYYY-MM-DD) from `2026-03-01`, `1-3-2026`, `01/03/2026` or a spreadsheet date; undefined otherwise. */
export function readDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  const text = String(cell ?? '').trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(T.*)?$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dutch) [d, m, y] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Synonyms for choices, where people write a word the value does not contain (English labels of our
 * legal forms, as another directory's HSDS names them).
 */
const SYNONYMS: Record<string, string[]> = {
  foundation: ['stichting'],
  association: ['vereniging'],
  religious: ['religieuze-organisatie'],
  informal: ['informeel-netwerk'],
  // A legal form, or the consultation channel ("Preferably through the umbrella organisation").
  umbrella: ['koepel', 'via-koepel'],
  mail: ['email'],
  phone: ['telefoon'],
  meeting: ['bijeenkomst'],
};

/**
 * The one choice of `values` a text names: the value itself (`religieuze-organisatie`, `Religieuze
 * organisatie`, `e-mail` for `email`), else the only value whose words all begin words of the text
 * (“Koepel of platform” → `koepel`, “via de koepelorganisatie” → `via-koepel`), else the only value the
 * text contains (“Liefst via WhatsApp” → `whatsapp`). Undefined when none or more than one fit.
 */
export function readChoice<const T extends string>(text: string, values: readonly T[]): T | undefined {
  const key = matchKey(text);
  if (!key) return undefined;
  const compact = key.replace(/ /g, '');
  const keyed = values.map((value) => ({ value, key: matchKey(value) }));
  const exact = keyed.find((v) => v.key === key || v.key.replace(/ /g, '') === compact);
  if (exact) return exact.value;
  const words = key.split(' ');
  const synonym = words.flatMap((word) => SYNONYMS[word] ?? []).find((value) => values.includes(value as T));
  if (synonym) return synonym as T;
  const one = (list: typeof keyed) => (list.length === 1 ? list[0].value : undefined);
  const byWords = keyed.filter((v) => v.key.split(' ').every((part) => words.some((word) => word.startsWith(part))));
  if (byWords.length) return one(byWords);
  return one(keyed.filter((v) => compact.includes(v.key.replace(/ /g, ''))));
}

/** `Kanaalstraat 12 bis`, `Kanaalstraat 12-A` → street, number, addition; undefined when there is no number. */
export function readStreetLine(line: string): { street: string; houseNumber: string; houseNumberAddition: string | null } | undefined {
  const match = /^(.*?\D)\s*(\d{1,5})\s*[-\s]?\s*([A-Za-z0-9]{1,6})?$/.exec(line.trim());
  if (!match || !match[1].trim()) return undefined;
  return { street: match[1].trim().replace(/,$/, ''), houseNumber: match[2], houseNumberAddition: match[3] ?? null };
}

/** `Kanaalstraat 12A, 3531 AB Utrecht` → its parts; undefined when street and number cannot be told apart. */
export function readAddressLine(line: string) {
  const postcodeMatch = /\b([1-9]\d{3}\s?[A-Za-z]{2})\b/.exec(line);
  const postcode = postcodeMatch ? normalisePostcode(postcodeMatch[1]) : null;
  const [before, after] = postcodeMatch ? [line.slice(0, postcodeMatch.index), line.slice(postcodeMatch.index + postcodeMatch[0].length)] : [line, ''];
  const [streetPart, ...rest] = before.split(',');
  const street = readStreetLine(streetPart);
  if (!street) return undefined;
  const city = (after.replace(/^[\s,]+/, '').trim() || rest.join(',').trim()).replace(/,$/, '') || null;
  return { ...street, postcode, city };
}

/** The slug of an organisation page link (`https://…/organisaties/<slug>/`), or the text when it is a slug itself. */
export function readPageSlug(text: string): string | undefined {
  const trimmed = text.trim();
  const page = /\/organisaties\/([a-z0-9-]+)\/?(?:[?#].*)?$/.exec(trimmed);
  if (page) return page[1];
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(trimmed) ? trimmed : undefined;
}

/** The platform of a social-media link, from its host name (`facebook.com`, `www.instagram.com`); `overig` otherwise. */
export function socialPlatform(url: string): (typeof SOCIAL_PLATFORMS)[number] {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'overig';
  }
  const labels = host.split('.');
  if (labels.includes('wa') || labels.includes('chat') || host.includes('whatsapp')) return 'whatsapp';
  if (labels.includes('t') && labels.includes('me')) return 'telegram';
  if (labels.includes('twitter')) return 'x';
  if (labels.includes('youtu')) return 'youtube';
  return SOCIAL_PLATFORMS.find((platform) => platform !== 'overig' && labels.includes(platform)) ?? 'overig';
}

/** Paragraphs of a text (one per line) as Strapi blocks. */
export function textToBlocks(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', children: [{ type: 'text', text: line }] }));
}
