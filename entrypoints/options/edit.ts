/**
 * What the options page accepts as typed: account keys, lists one per line, web domains, logo
 * files. Pure (no DOM, no storage), so tests/options/edit.test.ts checks it directly.
 */
import { SITE_NAMES } from '../../utils/draft-state';
import { MAX_CUSTOM_LOGOS, MAX_LOGO_DATA_URL } from '../../utils/settings';

const SITE_ALIASES: Record<string, string> = { x: 'x', twitter: 'x', facebook: 'facebook', fb: 'facebook', linkedin: 'linkedin' };

/** "x:@jane" → { site: "X", account: "@jane" } for display. */
export function splitKey(key: string): { site: string; account: string } {
  const i = key.indexOf(':');
  const site = key.slice(0, i);
  // "this site" reads well in the popup, not in a list of accounts: other sites keep their id.
  return { site: site === 'other' ? site : (SITE_NAMES[site] ?? site), account: key.slice(i + 1) };
}

/**
 * An official account as typed ("x:@TorontoComms", "X: TorontoComms", "linkedin:City of Toronto")
 * → its key ("x:@TorontoComms"), or an error message. X handles get their "@".
 */
export function parseAccount(input: string): { key: string } | { error: string } {
  const m = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/i.exec(input);
  const site = m ? SITE_ALIASES[m[1].toLowerCase()] : undefined;
  if (!m || !site) return { error: 'Write the site, a colon and the account, such as x:@TorontoComms (site: x, facebook or linkedin).' };
  let account = m[2];
  if (!account) return { error: `Write the account after "${m[1]}:", such as x:@TorontoComms.` };
  if (site === 'x') {
    account = account.startsWith('@') ? account : `@${account}`;
    if (!/^@\w{1,15}$/.test(account)) return { error: 'An X handle is @ and up to 15 letters, digits or underscores, such as x:@TorontoComms.' };
  } else if (account.length > 100 || /[\u0000-\u001f]/.test(account)) {
    return { error: 'That account name is too long or holds control characters.' };
  }
  return { key: `${site}:${account}` };
}

/** One entry a line: trimmed, empty lines and repeats (any case) dropped. */
export function lines(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line && !seen.has(line.toLowerCase())) {
      seen.add(line.toLowerCase());
      out.push(line);
    }
  }
  return out;
}

/** Web domains one a line: "https://www.Toronto.ca/news" → "toronto.ca"; lines that are not domains are returned as `bad`. */
export function parseDomains(text: string): { domains: string[]; bad: string[] } {
  const domains: string[] = [];
  const bad: string[] = [];
  for (const line of lines(text)) {
    const host = line.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/^www\./, '').replace(/\.$/, '');
    if (/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) {
      if (!domains.includes(host)) domains.push(host);
    } else bad.push(line);
  }
  return { domains, bad };
}

/** Why a logo file cannot be added (before decoding it), or null. `count` = logos already saved. */
export function logoProblem(file: { name: string; type: string }, dataUrlLength: number, count: number): string | null {
  if (count >= MAX_CUSTOM_LOGOS) return `"${file.name}" was not added: there can be at most ${MAX_CUSTOM_LOGOS} logos. Remove one first.`;
  if (!/^image\//.test(file.type)) return `"${file.name}" is not an image file.`;
  if (dataUrlLength > MAX_LOGO_DATA_URL) {
    const mb = Math.floor(((MAX_LOGO_DATA_URL * 3) / 4 / 1024 / 1024) * 10) / 10;
    return `"${file.name}" is too large: a logo can be at most about ${mb} MB. Save a smaller copy (a few hundred pixels wide is enough).`;
  }
  return null;
}
