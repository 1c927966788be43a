/**
 * CSV as social schedulers' bulk-upload files have it (Hootsuite, Buffer, Sprout Social,
 * Excel exports): RFC 4180 quoting (commas, doubled quotes and newlines inside quotes),
 * an optional UTF-8 BOM, CRLF or LF line ends, and `;` or tab as separator when the header
 * uses one instead of commas.
 */

export interface CsvRecord {
  /** 1-based line of the file the record starts on. */
  line: number;
  fields: string[];
}

export interface CsvResult {
  records: CsvRecord[];
  /** Set when the file ends inside a quoted field: the line its record started on (that record is dropped). */
  unterminatedAt?: number;
}

/** Splits CSV text into records. The first record is the header row. */
export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separatorOf(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '') {
      // Quoted field: runs to the next quote that is not doubled.
      i++;
      let closed = false;
      while (i < n) {
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          closed = true;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      if (!closed) return { records, unterminatedAt: recordLine };
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      while (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      continue;
    }
    if (c === sep) { fields.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || fields.length) endRecord();
  return { records };
}

/** The separator the header row uses: comma unless it has more semicolons or tabs (outside quotes). */
function separatorOf(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}
