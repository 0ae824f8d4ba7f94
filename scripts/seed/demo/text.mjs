// Slugs and small text helpers of the demo data.
import { slugify as projectSlugify } from '@mzo/content-types/validation';

/** The project's slug rule (content-types), with the seed's shorter default length. */
export function slugify(text, max = 60) {
  return projectSlugify(text, max);
}

/** Gives unique slugs: a second "taalcafe-overvecht" becomes "taalcafe-overvecht-2". */
export function slugRegistry() {
  const seen = new Map();
  return (base) => {
    const n = seen.get(base);
    if (n === undefined) {
      seen.set(base, 1);
      return base;
    }
    let i = n + 1;
    while (seen.has(`${base}-${i}`)) i++;
    seen.set(base, i);
    seen.set(`${base}-${i}`, 1);
    return `${base}-${i}`;
  };
}

export const clip = (text, max) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/[\s,;:.]+\S*$/, '')}…`);

export function listNl(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
export function listEn(items) {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}
export const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
