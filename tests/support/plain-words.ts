// What a resident should never have to read (issue 16, "plain words"): the formal "u" where the site says "je",
// and codes or technical words that mean nothing to someone looking for an organisation. Codes stay in the open
// data (its page is for re-users, and the officials' list builder exports CSV and vCard on purpose).

/** The formal Dutch address: the site says "je" (docs/vertalingen.md). Matches "u", "uw", "uzelf" as words. */
export const FORMAL_DUTCH = /(?<![\p{L}\p{N}'’-])(u|uw|uzelf)(?![\p{L}\p{N}'’-])/giu;

/** Codes and technical words, with what a resident would need instead. */
export const JARGON: { word: RegExp; why: string }[] = [
  { word: /\.ics\b/i, why: 'a file extension: say what the link does ("Volg deze activiteiten in je agenda")' },
  { word: /\biCal\b|\bwebcal\b/i, why: 'a file format: say "agenda"' },
  { word: /\bCBS\b/, why: 'a statistics code: say the wijk’s name' },
  { word: /\b(GM|WK|BU)0344\d*\b/, why: 'a CBS code: say the wijk’s or buurt’s name' },
  { word: /\bPDOK\b/, why: 'a service’s name: say what it does (the map, the address lookup)' },
  { word: /\baxe-core\b/i, why: 'a tool’s name: say "automatische tests"' },
  { word: /\b(HSDS|UUID|WGS84|GeoJSON|JSON|ISO 639)\b/, why: 'a data standard: belongs on the open-data page only' },
];

/**
 * The text a visitor reads or hears on a built page: the text between tags (no scripts, styles or JSON), the page
 * title, and the attributes a browser shows or reads out (alt, title, aria-label, placeholder, button values).
 * Regular expressions are enough: Astro writes well-formed HTML, and html-valid.test.ts checks that it is.
 */
export function visibleText(html: string): string {
  const withoutCode = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<head\b[^>]*>[\s\S]*?<title>([\s\S]*?)<\/title>[\s\S]*?<\/head>/i, ' $1 ');
  const attributes = [...withoutCode.matchAll(/\s(?:alt|title|aria-label|aria-description|placeholder|value)="([^"]*)"/g)]
    .filter((m) => !/^\s*$/.test(m[1]))
    .map((m) => m[1]);
  const text = withoutCode.replace(/<[^>]*>/g, ' ');
  return decodeEntities([text, ...attributes].join(' \n '))
    .replace(/\s+/g, ' ')
    .trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return NAMED[code] ?? whole;
  });
}

/** Where `pattern` occurs in `text`, each with some words around it, to say in a failure message where it was. */
export function occurrences(text: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => `…${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}…`);
}
