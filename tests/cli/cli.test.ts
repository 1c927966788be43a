// Runs the real `postcheck` command (bin/postcheck.mjs over the freshly built bundle) on
// temporary files. Inputs are chosen so any working rule set agrees: an obvious personal
// phone number is a personal-info error, "Happy Friday!" is clean; --rules isolates the rest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PHONE = 'Call me at 416-555-0199 on my cell tonight.';
const HAPPY = 'Happy Friday!';
const NEWS = 'Good read: https://www.nytimes.com/2025/01/05/nyregion/congestion-pricing-begins.html';
let dir = '';

/** Runs postcheck in the temp folder; `input` goes to standard input. */
function postcheck(args: string[], input = '') {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/postcheck.mjs'), ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  writeFileSync(path.join(dir, name), content);
  return name;
}

const jsonlRows = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));
const rulesOf = (row: { findings: { rule: string }[] }) => [...new Set(row.findings.map((f) => f.rule))];

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`CLI build failed:\n${build.stderr}`);
  dir = mkdtempSync(path.join(tmpdir(), 'postcheck-cli-'));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('exit codes', () => {
  test('0 for a clean post', () => {
    const r = postcheck([file('happy.txt', HAPPY)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No problems in 1 post/);
  });

  test('1 for an error-level finding', () => {
    const r = postcheck([file('phone.txt', PHONE)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^phone\.txt$/m);
    expect(r.stdout).toMatch(/^ +1:\d+ +error +.+ personal-info$/m);
    expect(r.stdout).toMatch(/416-555-0199/);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?.*\)/);
  });

  test('2 for a missing file, while the other files are still checked', () => {
    const r = postcheck(['--format', 'jsonl', 'nope.txt', file('happy2.txt', HAPPY)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    expect(jsonlRows(r.stdout)).toEqual([{ id: 'happy2.txt', findings: [] }]);
  });

  test.each([
    [['--frobnicate'], /unknown option '--frobnicate'/],
    [['--mode', 'weekend', '--text', HAPPY], /--mode must be one of work, personal \(got 'weekend'\)/],
    [['--profile', 'ottawa', '--text', HAPPY], /unknown --profile 'ottawa'/],
    [['--rules', 'news-link,no-such-rule', '--text', HAPPY], /unknown rule 'no-such-rule'/],
    [['--format', 'xml', '--text', HAPPY], /--format must be one of text, json, jsonl/],
    [['--text', HAPPY, 'also-a-file.txt'], /either --text or FILE/],
  ])('2 with a clear message for bad usage: %j', (args, message) => {
    const r = postcheck(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/postcheck --help/);
    expect(r.stdout).toBe('');
  });
});

describe('inputs', () => {
  test('--text checks one post', () => {
    const r = postcheck(['--format', 'jsonl', '--text', PHONE]);
    const [row] = jsonlRows(r.stdout);
    expect(row.id).toBe('<text>');
    expect(rulesOf(row)).toContain('personal-info');
  });

  test('standard input is one post', () => {
    const r = postcheck(['--format', 'jsonl'], `${PHONE}\nSecond line {not json}\n`);
    const rows = jsonlRows(r.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe('<stdin>');
    expect(rulesOf(rows[0])).toContain('personal-info');
  });

  test('standard input that looks like JSONL is read as JSONL; - names it too', () => {
    const input = `${JSON.stringify({ id: 's1', text: HAPPY })}\n${JSON.stringify({ id: 's2', text: PHONE })}\n`;
    const r = postcheck(['--format', 'jsonl', '-'], input);
    expect(jsonlRows(r.stdout).map((row) => row.id)).toEqual(['s1', 's2']);
  });

  test('--input txt keeps a JSON-looking post as one post', () => {
    const r = postcheck(['--format', 'jsonl', '--input', 'txt'], '{"text": "hi"}\n{"text": "there"}\n');
    expect(jsonlRows(r.stdout).map((row) => row.id)).toEqual(['<stdin>']);
  });

  test('JSONL: ids as given, per-line mode overrides the flag, other fields ignored', () => {
    const posts = file('posts.jsonl', [
      { id: '007', text: HAPPY, expect: ['news-link'] },
      { id: 42, text: PHONE },
      { id: 'work', text: NEWS, mode: 'work' },
      { id: 'personal', text: NEWS },
      { text: HAPPY },
    ].map((p) => JSON.stringify(p)).join('\n'));
    const r = postcheck(['--format', 'jsonl', '--mode', 'personal', posts]);
    const rows = jsonlRows(r.stdout);
    expect(rows.map((row) => row.id)).toEqual(['007', 42, 'work', 'personal', 'posts.jsonl:5']);
    expect(rulesOf(rows[1])).toContain('personal-info');
    expect(rulesOf(rows[2])).toContain('news-link');
    expect(rulesOf(rows[3])).not.toContain('news-link');
  });

  test('JSONL: bad lines are reported as file:line on stderr, every other post is printed, exit 2', () => {
    const posts = file('mixed.jsonl', [
      JSON.stringify({ id: 'a', text: HAPPY }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'bad-mode', text: HAPPY, mode: 'weekend' }),
      JSON.stringify({ id: 'bad-profile', text: HAPPY, profile: 'ottawa' }),
      '',
      JSON.stringify({ id: 'b', text: PHONE }),
    ].join('\r\n'));
    const r = postcheck(['--format', 'jsonl', posts]);
    expect(r.code).toBe(2);
    expect(jsonlRows(r.stdout).map((row) => row.id)).toEqual(['a', 'b']);
    expect(r.stderr).toMatch(/^mixed\.jsonl:2: invalid JSON/m);
    expect(r.stderr).toMatch(/^mixed\.jsonl:3: missing "text"/m);
    expect(r.stderr).toMatch(/^mixed\.jsonl:4: mode must be work or personal/m);
    expect(r.stderr).toMatch(/^mixed\.jsonl:5: unknown profile 'ottawa'/m);
  });

  test('JSONL: an unreadable image makes its line bad, naming the file', () => {
    const posts = file('images.jsonl', [
      JSON.stringify({ id: 'img', text: HAPPY, images: ['no-such-image.png'] }),
      JSON.stringify({ id: 'ok', text: HAPPY }),
    ].join('\n'));
    const r = postcheck(['--format', 'jsonl', posts]);
    expect(r.code).toBe(2);
    expect(jsonlRows(r.stdout).map((row) => row.id)).toEqual(['ok']);
    expect(r.stderr).toMatch(/^images\.jsonl:1: .*no-such-image\.png/m);
  });

  test('CSV from a scheduler: BOM, CRLF, quoted commas, doubled quotes and a multi-line message', () => {
    const csv = file('bulk.csv', '\uFEFFDate,Message,Link\r\n'
      + '2026-01-05 09:00,"Happy Friday, everyone! ""Welcome"" back",https://toronto.ca\r\n'
      + `2026-01-05 10:00,"First line\r\n${PHONE}",\r\n`
      + '2026-01-05 11:00,Plain message,\r\n');
    const r = postcheck(['--format', 'json', csv]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.results.map((p: { id: string }) => p.id)).toEqual(['bulk.csv:2', 'bulk.csv:3', 'bulk.csv:5']);
    const phone = doc.results[1].findings.find((f: { rule: string }) => f.rule === 'personal-info');
    expect(phone.line).toBe(2);
    expect(doc.results[0].findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });

  test('CSV: id and mode columns; a bad row is reported as file:line, other rows still printed', () => {
    const csv = file('rows.csv', 'ID,Mode,Text\nr1,work,Happy Friday!\nr2,weekend,Happy Friday!\nr3,personal,"multi\nline"\nr4,,\n');
    const r = postcheck(['--format', 'jsonl', csv]);
    expect(r.code).toBe(2);
    expect(jsonlRows(r.stdout).map((row) => row.id)).toEqual(['r1', 'r3']);
    expect(r.stderr).toMatch(/^rows\.csv:3: mode must be work or personal \(got 'weekend'\)/m);
    expect(r.stderr).toMatch(/^rows\.csv:6: no post text/m);
  });

  test('--input csv reads standard input as CSV', () => {
    const r = postcheck(['--format', 'jsonl', '--input', 'csv'], `post,id\n"${PHONE}",c1\n${HAPPY},c2\n`);
    const rows = jsonlRows(r.stdout);
    expect(rows.map((row) => row.id)).toEqual(['c1', 'c2']);
    expect(rulesOf(rows[0])).toContain('personal-info');
  });

  test('CSV without a message, text or post column is unreadable', () => {
    const r = postcheck(['--format', 'jsonl', file('nohead.csv', 'Date,Link\n2026-01-01,x\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^nohead\.csv:1: no column named message, text or post/m);
  });

  test('--image attaches a picture to the --text post (read with readPostImage)', () => {
    const logo = path.join(root, 'assets/logos/toronto.png');
    const r = postcheck(['--format', 'jsonl', '--mode', 'personal', '--rules', 'city-logo', '--text', 'New job!', '--image', logo]);
    expect(rulesOf(jsonlRows(r.stdout)[0])).toEqual(['city-logo']);
    const missing = postcheck(['--text', HAPPY, '--image', 'no-such-image.png']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-image\.png/);
  });

  test('--image only goes with a single post', () => {
    const r = postcheck(['--image', 'logo.png', file('one.jsonl', JSON.stringify({ id: 'x', text: HAPPY }))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--image attaches to a single post/);
  });
});

describe('formats', () => {
  test('jsonl: one {id, findings} line per post, offsets plus line and column', () => {
    const r = postcheck(['--format', 'jsonl', '--rules', 'personal-info', '--text', `Hi\n${PHONE}`]);
    expect(r.code).toBe(0); // jsonl reports findings as data
    const [row] = jsonlRows(r.stdout);
    expect(Object.keys(row)).toEqual(['id', 'findings']);
    const f = row.findings[0];
    expect(f).toMatchObject({ rule: 'personal-info', severity: 'error', line: 2 });
    expect(`Hi\n${PHONE}`.slice(f.start, f.end)).toContain('416-555-0199');
    expect(f.column).toBe(f.start - 3 + 1);
    expect(typeof f.message).toBe('string');
    expect(typeof f.source).toBe('string');
  });

  test('json: one document with results and a summary', () => {
    const r = postcheck(['--format', 'json', file('a.txt', HAPPY), file('b.txt', PHONE)]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.results.map((p: { id: string; file: string }) => [p.id, p.file])).toEqual([['a.txt', 'a.txt'], ['b.txt', 'b.txt']]);
    expect(doc.summary).toMatchObject({ posts: 2, unreadable: 0 });
    expect(doc.summary.errors).toBeGreaterThan(0);
  });

  test('text: a header per post with problems, rows, suggestion, summary; no colour in a pipe', () => {
    const posts = file('t.jsonl', `${JSON.stringify({ id: 'clean', text: HAPPY })}\n${JSON.stringify({ id: 'p1', text: PHONE })}\n`);
    const r = postcheck(['--rules', 'personal-info', posts]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/clean/);
    expect(r.stdout).toMatch(/^t\.jsonl:2 {2}p1$/m);
    expect(r.stdout).toMatch(/^ {2}1:\d+ {2}error {3}.+ {2}personal-info$/m);
    expect(r.stdout).toMatch(/“[^”]*416-555-0199[^”]*”/);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, 0 warnings\) in 2 posts/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  test('FORCE_COLOR colours the text format unless NO_COLOR is set', () => {
    const run = (env: Record<string, string | undefined>) => spawnSync(process.execPath, [path.join(root, 'bin/postcheck.mjs'), '--text', PHONE], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, ...env },
    }).stdout;
    expect(run({ FORCE_COLOR: '1' })).toMatch(/\x1b\[31m/);
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toMatch(/\x1b\[/);
  });
});

describe('--rules', () => {
  test('runs only the rules named', () => {
    const text = `${PHONE} ${NEWS}`;
    const only = (ids: string) => rulesOf(jsonlRows(postcheck(['--format', 'jsonl', '--rules', ids, '--text', text]).stdout)[0]);
    expect(only('news-link')).toEqual(['news-link']);
    expect(only('personal-info')).toEqual(['personal-info']);
    expect(only('news-link,personal-info').sort()).toEqual(['news-link', 'personal-info']);
  });
});

describe('help and version', () => {
  test('--help shows usage and examples', () => {
    const r = postcheck(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: postcheck \[options\] \[FILE\.\.\.\]/);
    expect(r.stdout).toMatch(/Examples:/);
  });

  test('--version prints the package version', () => {
    const r = postcheck(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^postcheck \d+\.\d+\.\d+/);
  });
});
