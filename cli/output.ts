/**
 * Buffered standard output: results are collected and written in chunks of about 64 KB,
 * not one write per post, which is most of the CLI's cost on large inputs.
 */
export class Output {
  private buffer = '';

  constructor(
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly stderr: NodeJS.WritableStream = process.stderr,
    private readonly chunk = 1 << 16,
  ) {}

  write(s: string): void {
    if (!s) return;
    this.buffer += s;
    if (this.buffer.length >= this.chunk) this.drain();
  }

  /** A line on stderr. Pending stdout goes first so the two read in order on a terminal. */
  error(message: string): void {
    this.drain();
    this.stderr.write(`${message}\n`);
  }

  /** Writes what is buffered and waits until stdout has taken it. */
  async flush(): Promise<void> {
    const s = this.buffer;
    this.buffer = '';
    if (!s) return;
    // The callback runs once the data is handed to the OS, or on error (a closed pipe).
    await new Promise<void>((resolve) => this.stdout.write(s, () => resolve()));
  }

  private drain(): void {
    if (!this.buffer) return;
    this.stdout.write(this.buffer);
    this.buffer = '';
  }
}
