import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../cli/csv';

const rows = (text: string) => parseCsv(text).records.map((r) => [r.line, ...r.fields]);

describe('parseCsv', () => {
  test.each([
    ['plain LF', 'a,b\n1,2\n', [[1, 'a', 'b'], [2, '1', '2']]],
    ['CRLF, no final newline', 'a,b\r\n1,2', [[1, 'a', 'b'], [2, '1', '2']]],
    ['UTF-8 BOM dropped', '\uFEFFmessage\nhi\n', [[1, 'message'], [2, 'hi']]],
    ['quoted comma and doubled quotes', 'm,x\n"Hi, ""you""",2\n', [[1, 'm', 'x'], [2, 'Hi, "you"', '2']]],
    ['newline inside quotes moves the line count', 'm,x\n"one\r\ntwo",2\nnext,3\n', [[1, 'm', 'x'], [2, 'one\r\ntwo', '2'], [4, 'next', '3']]],
    ['empty fields', 'a,b,c\n,,\n', [[1, 'a', 'b', 'c'], [2, '', '', '']]],
    ['semicolon separator (European Excel)', 'id;message\n1;"a;b"\n', [[1, 'id', 'message'], [2, '1', 'a;b']]],
    ['tab separator', 'id\tmessage\n1\thello, world\n', [[1, 'id', 'message'], [2, '1', 'hello, world']]],
    ['blank line is an empty record', 'm\n\nx\n', [[1, 'm'], [2, ''], [3, 'x']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('a quoted field never closed drops its record and says where it began', () => {
    const result = parseCsv('m,x\nok,1\n"never closed,2\nmore\n');
    expect(result.records.map((r) => r.fields[0])).toEqual(['m', 'ok']);
    expect(result.unterminatedAt).toBe(3);
  });
});
