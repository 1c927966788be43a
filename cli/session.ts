import { check, getProfile } from '../rules/index';
import type { Mode, Platform, PostImage, RuleId } from '../rules/types';
import { readPostImage } from './image-file';
import type { Options } from './options';
import { type Formatter, type PostResult, type Summary, formatter } from './report';
import { Output } from './output';

/** A post read from the input, before checking. */
export interface PostJob {
  id: string | number;
  file: string | null;
  line: number;
  text: string;
  mode: Mode;
  platform: Platform;
  profile: string;
  /** Image files to attach, resolved to paths. */
  images: string[];
}

/**
 * One run of the command: checks posts as the readers hand them over, streams the formatted
 * results to stdout in large writes, counts findings and keeps the exit code.
 */
export class Session {
  readonly out: Output;
  private readonly format: Formatter;
  private readonly summary: Summary = { posts: 0, errors: 0, warnings: 0, info: 0, unreadable: 0 };
  private readonly ruleFailures = new Map<RuleId, number>();
  private current: PostJob | null = null;
  private readonly onRuleError = (rule: RuleId, error: unknown) => this.ruleFailed(rule, error);

  constructor(
    private readonly options: Options,
    color: boolean,
    out = new Output(),
    /** The engine's `check`; tests pass a stand-in. */
    private readonly checker: typeof check = check,
  ) {
    this.out = out;
    this.format = formatter(options.format, color);
    this.out.write(this.format.begin());
  }

  /** Checks a post. Returns a promise only when it has images to read first. */
  post(job: PostJob): void | Promise<void> {
    if (job.images.length) return this.postWithImages(job);
    this.checkAndPrint(job, undefined);
  }

  private async postWithImages(job: PostJob): Promise<void> {
    const profile = getProfile(job.profile);
    const images: PostImage[] = [];
    for (const file of job.images) {
      try {
        images.push(await readPostImage(file, profile));
      } catch (error) {
        this.badInput(job.file, job.line, (error as Error).message || `cannot read image ${file}`);
        return;
      }
    }
    this.checkAndPrint(job, images);
  }

  private checkAndPrint(job: PostJob, images: PostImage[] | undefined): void {
    this.current = job;
    const ctx = { mode: job.mode, platform: job.platform, profile: getProfile(job.profile) };
    const findings = this.checker(images ? { text: job.text, images } : { text: job.text }, ctx, {
      only: this.options.rules,
      onRuleError: this.onRuleError,
    });
    this.current = null;
    const s = this.summary;
    s.posts++;
    for (const f of findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.info++;
    }
    const result: PostResult = { id: job.id, file: job.file, line: job.line, text: job.text, findings };
    this.out.write(this.format.post(result));
  }

  /** A file, line or row that could not be read: `path:line: message` on stderr; exit code 2. */
  badInput(file: string | null, line: number | null, message: string): void {
    this.summary.unreadable++;
    const where = file === null ? 'postcheck: ' : line === null ? `${file}: ` : `${file}:${line}: `;
    this.out.error(`${where}${message}`);
  }

  /** A rule threw: reported once per rule, the other rules and posts go on. */
  private ruleFailed(rule: RuleId, error: unknown): void {
    const count = (this.ruleFailures.get(rule) ?? 0) + 1;
    this.ruleFailures.set(rule, count);
    if (count > 1) return;
    const job = this.current;
    const where = job ? ` on ${job.file === null ? String(job.id) : `${job.file}:${job.line}`}` : '';
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.out.error(`postcheck: rule '${rule}' failed${where}; its findings are missing, the other rules ran.\n${detail}`);
  }

  /** Writes the summary, flushes, and returns the exit code. */
  async finish(): Promise<number> {
    for (const [rule, count] of this.ruleFailures) {
      if (count > 1) this.out.error(`postcheck: rule '${rule}' failed on ${count} posts in all`);
    }
    const s = this.summary;
    this.out.write(this.format.end(s));
    if (s.unreadable) this.out.error(`postcheck: ${s.unreadable} input${s.unreadable === 1 ? '' : 's'} could not be read (see above)`);
    await this.out.flush();
    if (s.unreadable) return 2;
    // JSONL is the streaming machine format (score-corpus.mjs, pipelines): the findings are
    // the data, and a non-zero exit would read as "the checker failed".
    return s.errors && this.options.format !== 'jsonl' ? 1 : 0;
  }
}
