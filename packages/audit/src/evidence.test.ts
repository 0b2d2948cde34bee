import { describe, expect, it } from 'vitest';
import { evidenceCsv, spreadsheetSafe } from './evidence.js';
import { studiesOf } from './result.js';
import { hostile, hostileResult } from './testing/hostile-result.js';

/**
 * A strict reader of RFC 4180 quoting (records end in a line feed, as most tools write them): a field
 * is bare (no quote, comma or line break) or quoted with its quotes doubled. Throws on anything else,
 * so a malformed file fails the test.
 */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unclosed quote');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i += field.length;
      if (text[i] === '"') throw new Error(`a quote inside a bare field at ${i}`);
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text[i] === '\n') {
      records.push(record);
      record = [];
      i += 1;
    } else {
      throw new Error(`expected a comma or a line feed at ${i}`);
    }
  }
  if (record.length > 0) throw new Error('the last record has no line feed');
  return records;
}

const header = [
  'patient',
  'stratum',
  'status',
  'iesd',
  'study',
  'date',
  'procedure',
  'modality',
  'daysAfterIesd',
  'inWindow',
  'support',
  'urgency',
  'acrVariant',
  'site',
  'practitioner',
  'missing',
  'facts',
  'siteName',
  'practitionerName',
];

describe('the evidence CSV', () => {
  const result = hostileResult();
  const rows = readCsv(evidenceCsv(result));

  it('is RFC 4180: a header, then one record per judged study, every record as wide as the header', () => {
    expect(rows[0]).toEqual(header);
    expect(rows).toHaveLength(1 + studiesOf(result).length);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('keeps commas, quotes and line breaks of the data inside their field', () => {
    const first = Object.fromEntries(header.map((h, i) => [h, rows[1]?.[i]]));
    expect(first.study).toBe(hostile.study);
    expect(first.site).toBe(hostile.site);
    expect(first.siteName).toBe(hostile.siteName);
    expect(first.practitionerName).toBe('');
    expect(first.facts).toBe(`'${hostile.fact}; age: 40 (Patient: birth date)`);
    expect(first.missing).toBe('fever; weightLoss');
    expect(first.daysAfterIesd).toBe('9');
    expect(first.inWindow).toBe('true');
  });

  it('starts no cell with = + - @ (a spreadsheet formula): such text is kept as text by a leading quote', () => {
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const cells = rows.flat();
    expect(cells).toContain(`'${hostile.practitioner}`);
    expect(cells).toContain(`'${hostile.otherSite}`);
    expect(cells).toContain("'+Patient/2");
  });

  it('leaves other text as it is', () => {
    expect(spreadsheetSafe('Patient/1')).toBe('Patient/1');
    expect(spreadsheetSafe('')).toBe('');
    expect(spreadsheetSafe('a=b')).toBe('a=b');
    expect(spreadsheetSafe('\t=1')).toBe("'\t=1");
  });
});
