/** Escapes a vCard 4.0 text value (RFC 6350 §3.4). */
function escape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

export interface VCardEntry {
  name: string;
  email?: string | null;
  phone?: string | null;
  url?: string | null;
  note?: string | null;
}

/** vCard 4.0 cards for organisations (KIND:org), CRLF line endings as RFC 6350 requires. */
export function toVCards(entries: VCardEntry[]): string {
  return (
    entries
      .map((e) =>
        [
          'BEGIN:VCARD',
          'VERSION:4.0',
          'KIND:org',
          `FN:${escape(e.name)}`,
          `ORG:${escape(e.name)}`,
          e.email ? `EMAIL;TYPE=work:${escape(e.email)}` : '',
          e.phone ? `TEL;VALUE=uri;TYPE=work:tel:${e.phone.replace(/[^+\d]/g, '')}` : '',
          e.url ? `URL:${escape(e.url)}` : '',
          e.note ? `NOTE:${escape(e.note)}` : '',
          'END:VCARD',
        ]
          .filter(Boolean)
          .join('\r\n'),
      )
      .join('\r\n') + '\r\n'
  );
}
