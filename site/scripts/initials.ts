// The mark an organisation without a logo gets on its card: up to two initials on one of a few dark
// colours (white text on each has a contrast of at least 7:1), the same for a name wherever it shows.
// Used by the built cards (site/components/OrganisationCard.astro) and the search's cards in the browser.

/** Words that say what kind of organisation it is rather than which one. */
const GENERIC = new Set(['stichting', 'vereniging', 'platform', 'netwerk', 'de', 'het', 'van', 'voor', 'en', 'in', 'the', 'of', 'and', 'for']);

export const MARK_COLOURS = ['#0b4fa3', '#8a0017', '#5a2d82', '#1b5e20', '#6d3b00', '#00565e'] as const;

export function initials(name: string): string {
  const words = name.split(/[\s\-–·/]+/).filter((w) => /\p{L}/u.test(w));
  const own = words.filter((w) => !GENERIC.has(w.toLowerCase()));
  const chosen = (own.length ? own : words).slice(0, 2);
  return chosen.map((w) => [...w.replace(/^[^\p{L}\p{N}]+/u, '')][0]?.toUpperCase() ?? '').join('');
}

export function markColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return MARK_COLOURS[hash % MARK_COLOURS.length];
}
