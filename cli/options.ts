import { parseArgs } from 'node:util';
import { isProfileId, profiles, ruleIds } from '../rules/index';
import type { Mode, Platform, RuleId } from '../rules/types';

export type Format = 'text' | 'json' | 'jsonl';
export type InputKind = 'txt' | 'jsonl' | 'csv';

export const MODES: readonly Mode[] = ['work', 'personal'];
export const PLATFORMS: readonly Platform[] = ['x', 'facebook', 'linkedin', 'other'];
const FORMATS: readonly Format[] = ['text', 'json', 'jsonl'];
const INPUTS: readonly InputKind[] = ['txt', 'jsonl', 'csv'];

export interface Options {
  mode: Mode;
  profile: string;
  platform: Platform;
  /** Only these rules, or every rule when undefined. */
  rules?: RuleId[];
  format: Format;
  /** How to read standard input (and files whose extension says nothing); undefined = guess. */
  input?: InputKind;
  images: string[];
  text?: string;
  files: string[];
  help: boolean;
  version: boolean;
}

/** Bad command line: reported as `postcheck: message`, exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: postcheck [options] [FILE...]

Checks social-media posts against your City's social-media policy.
With no FILE, or when FILE is -, reads standard input.

Input:
  FILE.txt               one post
  FILE.jsonl             one post a line: {"id", "text", "mode"?, "platform"?,
                         "profile"?, "images"?: [paths relative to the file]}
  FILE.csv               a scheduler's bulk-upload file: header row, the post in a
                         column named message, text or post; optional id, mode,
                         platform and profile columns
  --text "…"             check this one post
  --input txt|jsonl|csv  how to read standard input (default: JSONL when its first
                         line is a JSON object, else one post)

Options:
  --mode work|personal   account the post is for (default: work)
  --profile ID           employer: toronto, calgary or peterborough (default: toronto)
  --platform NAME        x, facebook, linkedin or other (default: other)
  --rules ID,ID          run only these rules
  --image PATH           attach an image to the --text or single post (repeatable)
  --format text|json|jsonl
                         text: for people (default); json: one document;
                         jsonl: one {"id", "findings"} line per post
  -h, --help             show this help
  -v, --version          show the version

Exit codes:
  0  no error-level finding
  1  at least one error-level finding (text and json formats; with --format jsonl
     the findings are in the data and the exit code stays 0)
  2  bad usage, or input that could not be read: a missing file, or a bad line of
     a JSONL or CSV file (reported as path:line on stderr; every other post is
     still checked and printed)

Examples:
  postcheck --text "Call me at 416-555-0199 on my cell"
  postcheck --mode personal --profile calgary draft.txt
  postcheck --mode personal --text "New logo!" --image ./photo.png
  postcheck --format jsonl posts.jsonl > findings.jsonl
  postcheck --rules news-link,shortened-link hootsuite-bulk.csv
  pbpaste | postcheck --platform x -
`;

/** Reads the command line; throws UsageError when it is wrong. */
export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        mode: { type: 'string' },
        profile: { type: 'string' },
        platform: { type: 'string' },
        rules: { type: 'string' },
        format: { type: 'string' },
        input: { type: 'string' },
        image: { type: 'string', multiple: true },
        text: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // Node's messages run on with advice about `--`; the first sentence is the useful part.
    throw new UsageError(String((error as Error).message).split(/\.\s/)[0].replace(/^Unknown/, 'unknown'));
  }
  const v = parsed.values;
  const options: Options = {
    mode: oneOf('--mode', v.mode, MODES, 'work'),
    profile: profileOption(v.profile),
    platform: oneOf('--platform', v.platform, PLATFORMS, 'other'),
    rules: v.rules === undefined ? undefined : ruleList(v.rules),
    format: oneOf('--format', v.format, FORMATS, 'text'),
    input: v.input === undefined ? undefined : oneOf('--input', v.input, INPUTS, 'txt'),
    images: v.image ?? [],
    text: v.text,
    files: parsed.positionals,
    help: v.help ?? false,
    version: v.version ?? false,
  };
  if (options.text !== undefined && options.files.length) {
    throw new UsageError('give either --text or FILE arguments, not both');
  }
  return options;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const lower = value.toLowerCase() as T;
  if (allowed.includes(lower)) return lower;
  throw new UsageError(`${name} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function profileOption(value: string | undefined): string {
  if (value === undefined) return 'toronto';
  if (isProfileId(value)) return value.toLowerCase();
  throw new UsageError(`unknown --profile '${value}' (known: ${Object.keys(profiles).join(', ')})`);
}

function ruleList(value: string): RuleId[] {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!ids.length) throw new UsageError('--rules needs at least one rule id');
  const unknown = ids.filter((id) => !(ruleIds as string[]).includes(id));
  if (unknown.length) {
    throw new UsageError(`unknown rule ${unknown.map((id) => `'${id}'`).join(', ')} in --rules (known: ${ruleIds.join(', ')})`);
  }
  return ids as RuleId[];
}

/** Checks a mode, platform or profile value read from a JSONL line or CSV row; returns an error message or null. */
export function fieldError(field: 'mode' | 'platform' | 'profile', value: string): string | null {
  const lower = value.toLowerCase();
  if (field === 'mode') return (MODES as string[]).includes(lower) ? null : `mode must be work or personal (got '${value}')`;
  if (field === 'platform') return (PLATFORMS as string[]).includes(lower) ? null : `platform must be one of ${PLATFORMS.join(', ')} (got '${value}')`;
  return isProfileId(value) ? null : `unknown profile '${value}' (known: ${Object.keys(profiles).join(', ')})`;
}
