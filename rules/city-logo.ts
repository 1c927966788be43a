import { finding } from './finding';
import type { Context, Finding, PostImage, Profile, Rule } from './types';

/** Words that, next to the City's name, make a file name or alt text a logo or another City identifier. */
const IDENTIFIER = '(?:logo(?:type)?s?|crests?|coat of arms|arms|emblems?|insignia|wordmarks?|seals?|lock ?up|marks?)';
/** Words allowed between the City's name and the identifier: "Toronto city logo", "Calgary's official crest". */
const FILLER = '(?:(?:s|city|official|civic|municipal|corporate|full|colour|color|white|black|blue|red|new|old) )*';

/** File names and alt text as plain words: "City_of-Calgary.crest2.jpg" -> "city of calgary crest 2 jpg". */
function words(s: string): string {
  return ` ${s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/['’]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .toLowerCase()
    .trim()} `;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Patterns for "NAME logo", "logo of the City of NAME", "citylogo", "torontologo" for one profile. */
function patterns(profile: Profile): RegExp[] {
  const names = [profile.id, profile.name.replace(/^City of /i, ''), ...profile.aliases.filter((a) => a !== 'the city')]
    .map((n) => escape(words(n).trim()));
  const name = `(?:${[...new Set(names)].join('|')})`;
  const glued = `(?:${[...new Set(names)].map((n) => n.replace(/ /g, '')).join('|')}|city)`;
  return [
    new RegExp(` (?:city of )?${name} ${FILLER}${IDENTIFIER} `),
    new RegExp(` ${IDENTIFIER} of (?:the )?(?:city of )?${name} `),
    new RegExp(`(?:^| the| our| my) city ${FILLER}${IDENTIFIER} `),
    new RegExp(` ${glued}(?:city)?(?:logo|crest|coatofarms|emblem|wordmark|seal) `),
  ];
}

/** Whether a file name or alt text names this City's logo, crest or another identifier. */
export function namesCityLogo(text: string | undefined, profile: Profile): boolean {
  if (!text) return false;
  const w = words(text);
  return patterns(profile).some((re) => re.test(w));
}

/** "Image 2 (logo.png)" */
function label(image: PostImage, index: number): string {
  return image.name ? `Image ${index + 1} (${image.name})` : `Image ${index + 1}`;
}

/**
 * Flags images attached to a personal-account post that show the employer's logo or crest:
 * the matcher found it in the pixels (`logoMatch`, set by the CLI or the extension's background
 * worker), or the file name or alt text names it. Images carry no text offsets, so the finding
 * spans 0..0 and says which image it means.
 */
export const cityLogo: Rule = {
  id: 'city-logo',
  meta: {
    description: 'City logos, crests or other City identifiers in images posted from a personal account.',
    modes: ['personal'],
    severity: 'error',
    source: 'Toronto employee guidelines, Personal Use (visual cues); Calgary standards (City identifiers)',
    docs: 'On a personal account, do not use the City\'s logo, crest or other identifiers: they suggest you speak for the City. Remove the image or use one without the logo.',
  },
  check(post, ctx: Context) {
    if (!cityLogo.meta.modes.includes(ctx.mode)) return [];
    const findings: Finding[] = [];
    const city = ctx.profile.name;
    (post.images ?? []).forEach((image, i) => {
      let why: string | null = null;
      if (image.logoMatch && image.logoMatch.profile === ctx.profile.id) why = `looks like the ${city} logo`;
      else if (namesCityLogo(image.name, ctx.profile)) why = `is named like the ${city} logo`;
      else if (namesCityLogo(image.alt, ctx.profile)) why = `is described as the ${city} logo`;
      if (!why) return;
      findings.push(
        finding(cityLogo, ctx, 0, 0, `${label(image, i)} ${why}. Personal accounts should not use City logos or identifiers.`, {
          suggestion: 'Remove the image, or use one without the City\'s logo or crest.',
        }),
      );
    });
    return findings;
  },
};
