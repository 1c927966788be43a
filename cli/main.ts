/** `postcheck` command line. Placeholder until the CLI lands. */
export async function main(_argv: string[]): Promise<number> {
  return 0;
}
