import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvLine } from '../../../../src/model/csv.ts';
import { BODY_COLUMNS, bodiesCsvHeader, bodyCsvRows, TOWNSHIP_COLUMNS, townshipCsvRow, townshipRecord, townshipsCsvHeader } from '../../../../src/model/open-data.ts';
import { streamText } from '../../../../src/model/text-stream.ts';
import { township } from './content.ts';

describe('csv', () => {
  it('quotes what needs quoting, RFC 4180 style', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('两\n行')).toBe('"两\n行"');
    expect(csvField(' 空格')).toBe('" 空格"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('defuses spreadsheet formulas but keeps dates without a year and negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('--10-28')).toBe('--10-28');
    expect(csvField(-3)).toBe('-3');
  });

  it('starts every CSV with a BOM and a stable header', () => {
    expect(townshipsCsvHeader().startsWith(BOM)).toBe(true);
    expect(bodiesCsvHeader()).toBe(`${BOM}${BODY_COLUMNS.map((c) => c.key).join(',')}\r\n`);
    expect(TOWNSHIP_COLUMNS.slice(0, 4).map((c) => c.key)).toEqual(['slug', 'url', 'name', 'kind']);
  });
});

describe('open data records', () => {
  it('writes one township row with unknown figures left empty', async () => {
    const row = townshipCsvRow({ slug: 'anhui/langxi/biqiao', data: await township('anhui/langxi/biqiao') });
    const cells = row.trimEnd().split(',');
    const at = (key: string) => cells[TOWNSHIP_COLUMNS.findIndex((c) => c.key === key)];
    expect(at('name')).toBe('毕桥镇');
    expect(at('population')).toBe('');
    expect(at('staffing_administrative')).toBe('30');
    expect(at('staffing_total')).toBe('53');
    expect(at('bodies_party_government')).toBe('4');
  });

  it('writes one row per body', async () => {
    const rows = bodyCsvRows('anhui/langxi/biqiao', await township('anhui/langxi/biqiao'));
    expect(rows.trimEnd().split('\r\n')).toHaveLength(8);
  });

  it('keeps the validated data and adds where the township is published', async () => {
    const record = townshipRecord('anhui/langxi/biqiao', await township('anhui/langxi/biqiao'));
    expect(Object.keys(record).slice(0, 4)).toEqual(['slug', 'url', 'files', 'name']);
    expect(record.files).toEqual({
      json: '/data/townships/anhui/langxi/biqiao.json',
      csv: '/data/townships/anhui/langxi/biqiao.csv',
      pdf: '/pdf/anhui/langxi/biqiao.pdf',
    });
    expect(record.population).toBeNull();
  });

  it('streams pieces into one body', async () => {
    const pieces = Array.from({ length: 1000 }, (_, i) => `${i},`);
    const text = await new Response(streamText(pieces)).text();
    expect(text).toBe(pieces.join(''));
  });
});
