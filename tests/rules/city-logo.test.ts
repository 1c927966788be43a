import { describe, expect, test } from 'vitest';
import { cityLogo, namesCityLogo } from '../../rules/city-logo';
import { check } from '../../rules/index';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode, PostImage } from '../../rules/types';

type City = 'toronto' | 'calgary' | 'peterborough';
const ctx = (mode: Mode = 'personal', city: City = 'toronto'): Context => ({ mode, platform: 'other', profile: getProfile(city) });
const run = (images: PostImage[], mode: Mode = 'personal', city: City = 'toronto') =>
  cityLogo.check({ text: 'Nice day at work!', images }, ctx(mode, city));

// [image, city, flagged?]
const cases: [PostImage, City, boolean][] = [
  [{ name: 'photo.jpg', logoMatch: { profile: 'toronto', score: 0.93 } }, 'toronto', true],
  [{ name: 'photo.jpg', logoMatch: { profile: 'calgary', score: 0.93 } }, 'toronto', false],
  [{ name: 'photo.jpg', logoMatch: null }, 'toronto', false],
  [{ name: 'toronto-logo.png' }, 'toronto', true],
  [{ name: 'City_of_Calgary_crest.jpg' }, 'calgary', true],
  [{ name: 'IMG_2041.jpg', alt: 'City of Peterborough logo' }, 'peterborough', true],
  [{ alt: 'Peterborough coat of arms' }, 'peterborough', true],
  [{ name: 'CityOfTorontoLogo.svg' }, 'toronto', true],
  [{ alt: "The City's logo on a banner" }, 'calgary', true],
  [{ name: 'calgary-logo.png' }, 'toronto', false],
  [{ name: 'Toronto Raptors logo.png' }, 'toronto', false],
  [{ alt: 'Toronto skyline at night' }, 'toronto', false],
  [{ name: 'logo.png' }, 'toronto', false],
  [{ name: 'calgary-city-logo.png' }, 'toronto', false],
];

describe('city-logo', () => {
  test.each(cases)('%j for %s: flagged %s', (image, city, flagged) => {
    expect(run([image], 'personal', city).length).toBe(flagged ? 1 : 0);
  });

  test('personal mode fires as an error, spans 0..0, names the image', () => {
    const [f] = run([{ name: 'cat.jpg' }, { name: 'logo.png', logoMatch: { profile: 'toronto', score: 0.9 } }]);
    expect(f).toMatchObject({ rule: 'city-logo', severity: 'error', start: 0, end: 0 });
    expect(f.message).toMatch(/^Image 2 \(logo\.png\) looks like the City of Toronto logo/);
    expect(f.source).toMatch(/Toronto/);
    expect(f.suggestion).toBeTruthy();
  });

  test('work mode does not fire, also through the registry', () => {
    const images = [{ name: 'toronto-logo.png', logoMatch: { profile: 'toronto', score: 0.95 } }];
    expect(check({ text: 'x', images }, ctx('work')).filter((f) => f.rule === 'city-logo')).toEqual([]);
    expect(check({ text: 'x', images }, ctx('personal')).filter((f) => f.rule === 'city-logo')).toHaveLength(1);
  });

  test('one finding an image, in order; posts without images are fine', () => {
    const images: PostImage[] = [{ name: 'toronto_logo.png' }, { name: 'b.jpg' }, { alt: 'City of Toronto crest', logoMatch: { profile: 'toronto', score: 0.9 } }];
    expect(run(images).map((f) => f.message.slice(0, 7))).toEqual(['Image 1', 'Image 3']);
    expect(cityLogo.check({ text: 'hello' }, ctx())).toEqual([]);
  });

  test('namesCityLogo knows each profile\'s own names only', () => {
    expect(namesCityLogo('peterborough_logo.jpg', getProfile('peterborough'))).toBe(true);
    expect(namesCityLogo('peterborough_logo.jpg', getProfile('calgary'))).toBe(false);
    expect(namesCityLogo(undefined, getProfile('calgary'))).toBe(false);
  });
});
