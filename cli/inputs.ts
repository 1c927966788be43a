import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import path from 'node:path';
import type { Mode, Platform } from '../rules/types';
import { parseCsv } from './csv';
import { type InputKind, type Options, fieldError } from './options';
import type { PostJob, Session } from './session';

export const STDIN = '<stdin>';

/** How a file is read, by its extension; `--input` decides for other names. */
export function kindOf(file: string, fallback: InputKind | undefined): InputKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (ext === '.txt') return 'txt';
  return fallback ?? 'txt';
}

/** Reads one FILE argument (or `-`) and hands its posts to the session. */
export async function readInput(session: Session, file: string, options: Options): Promise<void> {
  if (file === '-') return readStdin(session, options);
  const kind = kindOf(file, options.input);
  try {
    if (kind === 'jsonl') await readJsonl(session, fileChunks(file), file, path.dirname(file), options);
    else if (kind === 'csv') readCsv(session, readFileSync(file, 'utf8'), file, options);
    else await session.post(textJob(readFileSync(file, 'utf8'), file, file, options));
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    session.badInput(file, null, readError(error));
  }
}

/** The single post of `--text`, a .txt file or standard input, with the `--image` files. */
export function textJob(text: string, id: string, file: string | null, o: Options): PostJob {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { id, file, line: 1, text: body, mode: o.mode, platform: o.platform, profile: o.profile, images: o.images };
}

async function readStdin(session: Session, options: Options): Promise<void> {
  const chunks = process.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let kind = options.input;
  let ended = false;
  // Without --input, the first line decides: a JSON object means JSONL.
  while (!kind) {
    const next = await chunks.next();
    if (next.done) ended = true;
    else head.push(next.value);
    const sofar = Buffer.concat(head).toString('utf8');
    const nl = sofar.indexOf('\n');
    if (nl === -1 && !ended) continue;
    kind = looksLikeJsonl(nl === -1 ? sofar : sofar.slice(0, nl)) ? 'jsonl' : 'txt';
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* head;
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  if (kind === 'jsonl') {
    if (options.images.length) return session.badInput(null, null, '--image needs a single post, but standard input is JSONL');
    return readJsonl(session, all(), STDIN, process.cwd(), options);
  }
  const parts: Buffer[] = [];
  for await (const chunk of all()) parts.push(chunk);
  const text = Buffer.concat(parts).toString('utf8');
  if (kind === 'csv') readCsv(session, text, STDIN, options);
  else await session.post(textJob(text, STDIN, STDIN, options));
}

function looksLikeJsonl(firstLine: string): boolean {
  const line = firstLine.replace(/^\uFEFF/, '').trim();
  if (!line.startsWith('{')) return false;
  try {
    const value = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** A file in 1 MB chunks, read synchronously: no per-line async work. */
function* fileChunks(file: string): Generator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Streams JSONL: each line is parsed and checked as soon as it is complete. */
async function readJsonl(session: Session, chunks: Iterable<Buffer> | AsyncIterable<Buffer>, file: string, baseDir: string, o: Options): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNo = 0;
  const handle = (raw: string): void | Promise<void> => {
    lineNo++;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (!line.trim()) return;
    const job = jsonlJob(line, lineNo, file, baseDir, o);
    if (typeof job === 'string') return session.badInput(file, lineNo, job);
    return session.post(job);
  };
  for await (const chunk of chunks) {
    const text = rest + decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const pending = handle(text.slice(start, nl));
      start = nl + 1;
      if (pending) await pending;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest) await handle(rest);
}

/** A post from one JSONL line, or the reason the line is bad. */
function jsonlJob(line: string, lineNo: number, file: string, baseDir: string, o: Options): PostJob | string {
  let row: Record<string, unknown>;
  try {
    row = JSON.parse(line);
  } catch (error) {
    return `invalid JSON: ${(error as Error).message}`;
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'expected a JSON object with a "text" field';
  if (typeof row.text !== 'string') return 'missing "text" (a string)';
  const id = row.id ?? `${file}:${lineNo}`;
  if (typeof id !== 'string' && typeof id !== 'number') return '"id" must be a string or a number';
  const fields = postFields(row, o);
  if (typeof fields === 'string') return fields;
  let images: string[] = [];
  if (row.images !== undefined) {
    if (!Array.isArray(row.images) || !row.images.every((p) => typeof p === 'string')) return '"images" must be an array of file paths';
    images = row.images.map((p: string) => path.resolve(baseDir, p));
  }
  return { id, file, line: lineNo, text: row.text, ...fields, images };
}

/** mode, platform and profile of a JSONL line or CSV row, over the command-line defaults. */
function postFields(row: Record<string, unknown>, o: Options): { mode: Mode; platform: Platform; profile: string } | string {
  const out = { mode: o.mode, platform: o.platform, profile: o.profile };
  for (const field of ['mode', 'platform', 'profile'] as const) {
    const value = row[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') return `"${field}" must be a string`;
    const bad = fieldError(field, value.trim());
    if (bad) return bad;
    (out as Record<string, string>)[field] = value.trim().toLowerCase();
  }
  return out;
}

const TEXT_COLUMNS = ['message', 'text', 'post'];

/** Posts from a scheduler's bulk-upload CSV; a bad row is reported and skipped. */
function readCsv(session: Session, text: string, file: string, o: Options): void {
  const { records, unterminatedAt } = parseCsv(text);
  const header = records[0]?.fields.map((h) => h.trim().toLowerCase()) ?? [];
  const textColumn = TEXT_COLUMNS.map((name) => header.indexOf(name)).find((i) => i !== -1);
  if (textColumn === undefined) {
    session.badInput(file, 1, `no column named message, text or post in the header row`);
    return;
  }
  const column = (name: string) => header.indexOf(name);
  const [idCol, modeCol, platformCol, profileCol] = ['id', 'mode', 'platform', 'profile'].map(column);
  for (const { line, fields } of records.slice(1)) {
    if (fields.every((f) => !f.trim())) continue;
    const cell = (i: number) => (i === -1 ? undefined : fields[i]);
    const body = cell(textColumn) ?? '';
    if (!body.trim()) {
      session.badInput(file, line, `no post text in column '${header[textColumn]}'`);
      continue;
    }
    const fieldsOrError = postFields({ mode: cell(modeCol), platform: cell(platformCol), profile: cell(profileCol) }, o);
    if (typeof fieldsOrError === 'string') {
      session.badInput(file, line, fieldsOrError);
      continue;
    }
    const id = cell(idCol)?.trim() || `${file}:${line}`;
    session.post({ id, file, line, text: body, ...fieldsOrError, images: [] });
  }
  if (unterminatedAt !== undefined) session.badInput(file, unterminatedAt, 'a quoted field is never closed (missing ")');
}

/** A short reason a file could not be read. */
function readError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EISDIR') return 'is a directory, not a file';
  if (e.code === 'EACCES') return 'permission denied';
  return `cannot read: ${e.message ?? String(error)}`;
}
