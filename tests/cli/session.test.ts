// The session and formatters with a stand-in for the engine, so exit codes and output shapes
// are tested whatever state the rules are in.
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { Format } from '../../cli/options';
import { parseOptions } from '../../cli/options';
import { Output } from '../../cli/output';
import { lineColumn } from '../../cli/report';
import { type PostJob, Session } from '../../cli/session';
import type { CheckOptions } from '../../rules/index';
import type { Finding, Severity } from '../../rules/types';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  return { stream, text: () => chunks.join(''), writes: () => chunks.length };
}

/** Flags every "BAD" in the text with the given severity; throws on "BOOM". */
const fakeCheck = (severity: Severity) => (post: { text: string }, _ctx: unknown, options: CheckOptions): Finding[] => {
  const out: Finding[] = [];
  if (post.text.includes('BOOM')) {
    options.onRuleError?.('confidential', new Error('rule exploded'));
    return out;
  }
  for (let i = post.text.indexOf('BAD'); i !== -1; i = post.text.indexOf('BAD', i + 1)) {
    out.push({ rule: 'confidential', severity, start: i, end: i + 3, message: 'Bad word', source: 'Test policy s.1', suggestion: 'Remove it' });
  }
  return out;
};

function run(format: Format, texts: string[], severity: Severity = 'error', chunk = 1 << 16) {
  const out = sink();
  const err = sink();
  const options = parseOptions(['--format', format]);
  const session = new Session(options, false, new Output(out.stream, err.stream, chunk), fakeCheck(severity) as never);
  texts.forEach((text, i) => {
    const job: PostJob = { id: `p${i + 1}`, file: 'in.jsonl', line: i + 1, text, mode: 'work', platform: 'other', profile: 'toronto', images: [] };
    session.post(job);
  });
  return session.finish().then((code) => ({ code, stdout: out.text(), stderr: err.text(), writes: out.writes() }));
}

describe('exit code', () => {
  test.each([
    ['text', ['fine'], 'error', 0],
    ['text', ['a BAD one'], 'error', 1],
    ['json', ['a BAD one'], 'error', 1],
    ['text', ['a BAD one'], 'warning', 0],
    ['jsonl', ['a BAD one'], 'error', 0],
  ] as const)('%s format, %j with %s findings → %i', async (format, texts, severity, code) => {
    expect((await run(format, [...texts], severity)).code).toBe(code);
  });

  test('2 when an input was unreadable, even with errors found', async () => {
    const out = sink();
    const err = sink();
    const session = new Session(parseOptions([]), false, new Output(out.stream, err.stream), fakeCheck('error') as never);
    session.badInput('in.jsonl', 3, 'invalid JSON');
    expect(await session.finish()).toBe(2);
    expect(err.text()).toMatch(/^in\.jsonl:3: invalid JSON$/m);
  });
});

describe('formats', () => {
  test('stylish text', async () => {
    const { stdout } = await run('text', ['fine', 'line one\n  BAD and 😀 BAD'], 'error');
    expect(stdout).toBe([
      '',
      'in.jsonl:2  p2',
      '  2:3   error    Bad word  confidential',
      '                 “BAD”',
      '                 → Remove it',
      '  2:13  error    Bad word  confidential',
      '                 “BAD”',
      '                 → Remove it',
      '',
      '✖ 2 problems (2 errors, 0 warnings) in 2 posts',
      '',
    ].join('\n'));
  });

  test('text header is the id alone when it is the file or file:line', async () => {
    const out = sink();
    const session = new Session(parseOptions([]), false, new Output(out.stream, sink().stream), fakeCheck('warning') as never);
    const job = (id: string, file: string | null, line: number): PostJob => ({ id, file, line, text: 'BAD', mode: 'work', platform: 'other', profile: 'toronto', images: [] });
    session.post(job('a.txt', 'a.txt', 1));
    session.post(job('b.csv:4', 'b.csv', 4));
    session.post(job('<text>', null, 1));
    await session.finish();
    expect(out.text().split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('✖'))).toEqual(['a.txt', 'b.csv:4', '<text>']);
  });

  test('text summary when clean', async () => {
    expect((await run('text', ['fine', 'also fine'])).stdout).toBe('✔ No problems in 2 posts\n');
  });

  test('json is one document', async () => {
    const doc = JSON.parse((await run('json', ['fine', 'BAD'], 'warning')).stdout);
    expect(doc.results).toEqual([
      { id: 'p1', file: 'in.jsonl', line: 1, findings: [] },
      { id: 'p2', file: 'in.jsonl', line: 2, findings: [expect.objectContaining({ rule: 'confidential', severity: 'warning', start: 0, end: 3, line: 1, column: 1 })] },
    ]);
    expect(doc.summary).toEqual({ posts: 2, errors: 0, warnings: 1, info: 0, unreadable: 0 });
  });

  test('jsonl writes in large chunks, not once a post', async () => {
    const { stdout, writes } = await run('jsonl', Array.from({ length: 2000 }, (_, i) => `post ${i} BAD`), 'error', 1 << 14);
    expect(stdout.trim().split('\n')).toHaveLength(2000);
    expect(writes).toBeLessThanOrEqual(Math.ceil(stdout.length / (1 << 14)) + 1);
    expect(writes).toBeLessThan(100);
  });

  test('a rule that throws is reported once and the run goes on', async () => {
    const { stdout, stderr, code } = await run('jsonl', ['BOOM', 'BOOM again', 'BAD']);
    expect(stdout.trim().split('\n')).toHaveLength(3);
    expect(stderr.match(/rule 'confidential' failed on in\.jsonl:1/g)).toHaveLength(1);
    expect(stderr).toMatch(/failed on 2 posts in all/);
    expect(code).toBe(0);
  });
});

describe('lineColumn', () => {
  test.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 3, 2, 2],
    ['😀x', 2, 1, 2],
    ['a\r\nb', 3, 2, 1],
  ])('%j at %i → %i:%i', (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});
