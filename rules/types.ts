/** The shapes shared by every rule, the CLI, the content script and the popup. */

export type Mode = 'work' | 'personal';
export type Platform = 'x' | 'facebook' | 'linkedin' | 'other';
export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'city-logo'
  | 'colleague'
  | 'commercial'
  | 'confidential'
  | 'disrespectful'
  | 'missing-disclaimer'
  | 'news-link'
  | 'personal-info'
  | 'political'
  | 'shortened-link';

/** An image attached to a post. Rules see only what can be known without decoding it. */
export interface PostImage {
  /** File name as picked or pasted, when known. */
  name?: string;
  /** Alt text or description the site shows. */
  alt?: string;
  /** Path on disk (CLI) or object URL (extension); decoded by the image matcher, not by text rules. */
  src?: string;
  /** Set by the logo matcher once pixels were compared: the profile whose logo was found, if any. */
  logoMatch?: { profile: string; score: number } | null;
}

export interface Post {
  text: string;
  images?: PostImage[];
}

/** A replacement the user may apply with one click: replace [start, end) with `text`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the text as given; never inside a surrogate pair. */
  start: number;
  end: number;
  message: string;
  /** The policy clause behind the finding, e.g. "Toronto employee guidelines, s.3". */
  source: string;
  suggestion?: string;
  fix?: Fix;
}

/** A City employer: who it is, what it publishes, what counts as a City matter. */
export interface Profile {
  id: string;
  name: string;
  /** Other ways people name the City ("Toronto City Hall", "311 Toronto"). */
  aliases: string[];
  /** Registrable web domains the City publishes on (toronto.ca). */
  webDomains: string[];
  /** Email domains of City staff. */
  emailDomains: string[];
  /** Words and phrases that make a post about City business (lower case). */
  topics: string[];
  /** Published City phone numbers, digits only (3-1-1, 4163920000...). */
  phones: string[];
  /** Addresses of City Hall and public facilities, lower case, as people write them. */
  publicAddresses: string[];
  /** Policy documents, cited by findings. */
  policies: { title: string; url: string }[];
  /** Source clauses per rule, cited by findings for this City. */
  sources: Partial<Record<RuleId, string>>;
}

export interface Settings {
  /** Rules switched off by the user or administrator. */
  disabledRules?: RuleId[];
  /** Extra City topics and domains an administrator added. */
  extraTopics?: string[];
  extraDomains?: string[];
  /** Names of colleagues the user works with (lower case), for the colleague rule. */
  colleagues?: string[];
}

export interface Context {
  mode: Mode;
  platform: Platform;
  profile: Profile;
  settings?: Settings;
}

export interface RuleMeta {
  description: string;
  modes: Mode[];
  severity: Severity;
  /** Default clause cited when the profile has none of its own for this rule. */
  source: string;
  /** Short guidance shown in the panel and the popup. */
  docs: string;
}

export interface Rule {
  id: RuleId;
  meta: RuleMeta;
  check(post: Post, ctx: Context): Finding[];
}
