import type { Finding } from '../rules/types';
import type { Format } from './options';

/** One checked post, as the formatters print it. */
export interface PostResult {
  /** The JSONL or CSV id as given, else `file:line`, the .txt path, `<stdin>` or `<text>`. */
  id: string | number;
  /** File the post came from; null for --text. */
  file: string | null;
  /** 1-based line of the file the post starts on. */
  line: number;
  text: string;
  findings: Finding[];
}

export interface Summary {
  posts: number;
  errors: number;
  warnings: number;
  info: number;
  /** Files, lines and rows that could not be read. */
  unreadable: number;
}

/** Turns results into output text, a piece at a time, so output streams. */
export interface Formatter {
  begin(): string;
  post(result: PostResult): string;
  end(summary: Summary): string;
}

export function formatter(format: Format, color: boolean): Formatter {
  if (format === 'jsonl') return jsonl;
  if (format === 'json') return json();
  return stylish(color);
}

/** 1-based line and column (in characters as an editor counts them) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) i++;
    column++;
  }
  return { line, column };
}

/** A finding as the JSON formats print it: the engine's UTF-16 offsets plus line and column. */
function located(text: string, f: Finding) {
  const { line, column } = lineColumn(text, f.start);
  return { ...f, line, column };
}

const jsonl: Formatter = {
  begin: () => '',
  post: (r) => `${JSON.stringify({ id: r.id, findings: r.findings.map((f) => located(r.text, f)) })}\n`,
  end: () => '',
};

function json(): Formatter {
  let first = true;
  return {
    begin: () => '{"results":[',
    post(r) {
      const row = JSON.stringify({ id: r.id, file: r.file, line: r.line, findings: r.findings.map((f) => located(r.text, f)) });
      const out = `${first ? '' : ','}\n${row}`;
      first = false;
      return out;
    },
    end: (s) => `\n],"summary":${JSON.stringify(s)}}\n`,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ESLint's "stylish": a header per post with problems, one row per finding, a summary. */
function stylish(color: boolean): Formatter {
  const paint = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const [red, yellow, cyan, green, dim, bold, underline] = ['31', '33', '36', '32', '2', '1', '4'].map(paint);
  const severityColor = { error: red, warning: yellow, info: cyan };
  return {
    begin: () => '',
    post(r) {
      if (!r.findings.length) return '';
      const where = `${r.file}:${r.line}`;
      const header = r.file === null || String(r.id) === r.file || String(r.id) === where ? String(r.id) : `${where}  ${r.id}`;
      const rows = r.findings.map((f) => ({ f, ...lineColumn(r.text, f.start) }));
      // Line right-aligned and column left-aligned, so the colons line up (as in ESLint).
      const lineWidth = Math.max(...rows.map((x) => String(x.line).length));
      const columnWidth = Math.max(...rows.map((x) => String(x.column).length));
      const msgWidth = Math.min(72, Math.max(...rows.map((x) => x.f.message.length)));
      const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + 7 + 2);
      let out = `\n${underline(header)}\n`;
      for (const { f, line, column } of rows) {
        const pos = `${String(line).padStart(lineWidth)}:${String(column).padEnd(columnWidth)}`;
        out += `  ${dim(pos)}  ${severityColor[f.severity](f.severity.padEnd(7))}  ${f.message.padEnd(msgWidth)}  ${dim(f.rule)}\n`;
        // Image findings have an empty span: nothing to quote.
        if (f.end > f.start) out += `${indent}${dim(quote(r.text.slice(f.start, f.end)))}\n`;
        if (f.suggestion) out += `${indent}${green('→')} ${f.suggestion}\n`;
      }
      return out;
    },
    end(s) {
      const problems = s.errors + s.warnings + s.info;
      if (!problems) return `${green('✔')} No problems in ${plural(s.posts, 'post')}\n`;
      const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
      if (s.info) parts.push(`${s.info} info`);
      const line = `✖ ${plural(problems, 'problem')} (${parts.join(', ')}) in ${plural(s.posts, 'post')}`;
      return `\n${bold(s.errors ? red(line) : yellow(line))}\n`;
    },
  };
}

/** The matched text on one line: quoted, line breaks shown, long spans shortened. */
function quote(s: string): string {
  const flat = s.replace(/\r?\n/g, '⏎');
  const chars = [...flat];
  return `“${chars.length > 80 ? `${chars.slice(0, 77).join('')}…` : flat}”`;
}
