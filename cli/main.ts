/**
 * `postcheck [options] [FILE...]`: checks posts from .txt, .jsonl and .csv files, standard
 * input or --text, and prints findings for people (text) or programs (json, jsonl).
 * Returns the exit code; bin/postcheck.mjs sets it.
 */
import { version } from '../package.json';
import { kindOf, readInput, textJob } from './inputs';
import { HELP, type Options, UsageError, parseOptions } from './options';
import { Session } from './session';

export async function main(argv: string[]): Promise<number> {
  // The reader went away (`postcheck … | head`): stop quietly, as other Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    const options = parseOptions(argv);
    if (options.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (options.version) {
      process.stdout.write(`postcheck ${version}\n`);
      return 0;
    }
    checkInputs(options);
    const session = new Session(options, useColor());
    if (options.text !== undefined) await session.post(textJob(options.text, '<text>', null, options));
    else for (const file of options.files.length ? options.files : ['-']) await readInput(session, file, options);
    return await session.finish();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`postcheck: ${error.message}\nTry 'postcheck --help' for usage and examples.\n`);
      return 2;
    }
    process.stderr.write(`postcheck: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

/** Input combinations that cannot work, caught before anything is read. */
function checkInputs(o: Options): void {
  const files = o.files.length ? o.files : o.text === undefined ? ['-'] : [];
  if (files.length === 1 && files[0] === '-' && process.stdin.isTTY) {
    throw new UsageError('nothing to check: give a FILE, --text "…", or pipe a post into standard input');
  }
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (!o.images.length) return;
  const single = o.text !== undefined || (files.length === 1 && (files[0] === '-' ? o.input !== 'jsonl' && o.input !== 'csv' : kindOf(files[0], o.input) === 'txt'));
  if (!single) throw new UsageError('--image attaches to a single post: --text "…", one .txt file or standard input (a JSONL line has its own "images")');
}

/** Colour for people at a terminal; https://no-color.org turns it off, FORCE_COLOR on. */
function useColor(): boolean {
  if (process.env.NO_COLOR !== undefined) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  return Boolean(process.stdout.isTTY);
}

