// References: the shipped ones are complete, and an administrator's own logo can be added at run time.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LogoMatcher, defaultMatcher } from '../../rules/logo/index';
import { shippedReferences } from '../../rules/logo/templates';
import { flatten, loadLogo, paste, photo, rng } from './raster';

const negatives = path.resolve(__dirname, '../fixtures/logos-negative');

describe('logo references', () => {
  test('every built-in City ships at least one reference', () => {
    const profiles = new Set(shippedReferences.map((r) => r.profile));
    expect([...profiles].sort()).toEqual(['calgary', 'peterborough', 'toronto']);
    for (const r of shippedReferences) expect(Buffer.from(r.data, 'base64').length).toBe(r.width * r.height * 2);
  });

  test('a logo added at run time is found in a photo, and only for its profile', { timeout: 120_000 }, () => {
    const custom = flatten(loadLogo(path.join(negatives, 'mississauga-like.svg'), 400));
    const matcher = new LogoMatcher();
    matcher.addReference('mississauga', custom, 'Custom logo');
    const scene = photo(1200, 800, rng(3));
    paste(scene, flatten(loadLogo(path.join(negatives, 'mississauga-like.svg'), 260), [255, 255, 255], 10), 900, 40);
    expect(matcher.find(scene, { profiles: ['mississauga'] })?.profile).toBe('mississauga');
    expect(matcher.find(scene, { profiles: ['toronto'] })).toBeNull();
    expect(defaultMatcher().find(scene)).toBeNull();
    // Taken out of settings: cleared; a matcher's shipped references stay.
    matcher.clearAdded();
    expect(matcher.find(scene, { profiles: ['mississauga'] })).toBeNull();
    expect(matcher.references()).toHaveLength(0);
    const shipped = new LogoMatcher(defaultMatcher().references().slice(0, 2));
    shipped.addReference('mississauga', custom);
    shipped.clearAdded();
    expect(shipped.references()).toHaveLength(2);
  });

  test('an image too small to hold a logo is no match, not an error', () => {
    expect(defaultMatcher().find({ width: 4, height: 3, data: new Uint8ClampedArray(48) })).toBeNull();
  });
});
