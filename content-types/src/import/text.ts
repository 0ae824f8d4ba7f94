/** Text from an outside file as the import stores it, and the keys it compares names and headers by. */

/** `Thema’s` → `themas`, `E-mail adres` → `e mail adres`: lower case, no accents or apostrophes, words separated by one space. */
export function matchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const TAG = /<\/?[a-z!?][^>]*>/gi;
// C0/C1 controls except tab and line breaks, zero-width characters, and bidirectional overrides
// (which can make a name read differently from what it is).
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export interface CleanText {
  text: string;
  /** HTML tags (and whatever a script or style element held) were removed. */
  html: boolean;
  /** Invisible control characters were removed. */
  control: boolean;
}

/**
 * The plain text of an outside value: HTML tags removed (with the content of script and style
 * elements), control and bidirectional-override characters removed, spaces trimmed; on one line
 * unless `multiline`. The site escapes everything it shows; this keeps markup out of the CMS too.
 */
export function cleanText(value: string, { multiline = false } = {}): CleanText {
  let text = value.replace(/\r\n?/g, '\n');
  const withoutTags = text.replace(SCRIPT_OR_STYLE, ' ').replace(TAG, ' ');
  const html = withoutTags !== text;
  text = withoutTags;
  const withoutControl = text.replace(CONTROL, '');
  const control = withoutControl !== text;
  text = withoutControl.replace(/\t/g, ' ');
  text = multiline
    ? text
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : text.replace(/\s+/g, ' ').trim();
  return { text, html, control };
}

/** Does a value start like a spreadsheet formula? (Reported, never run.) */
export function looksLikeFormula(cell: string): boolean {
  return /^[=+@]/.test(cell) && !/^\+[\d\s().-]+$/.test(cell);
}
