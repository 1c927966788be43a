import { LogoMatcher, type FindOptions, type LogoMatch } from './matcher';
import { unpackReference } from './reference';
import { shippedReferences } from './templates';
import type { Gray, RgbaImage } from './image';

export { LogoMatcher, type LogoMatch, type FindOptions } from './matcher';
export { FINE_MIN, SHAPE_MIN, RELATIVE_MIN } from './confirm';
export { referenceFromRgba, unpackReference, type Reference, type PackedReference } from './reference';
export { toGray, type Gray, type RgbaImage } from './image';

let shared: LogoMatcher | null = null;

/** The matcher holding the shipped City logos (built on first use) plus any references added since. */
export function defaultMatcher(): LogoMatcher {
  shared ??= new LogoMatcher(shippedReferences.map(unpackReference));
  return shared;
}

/** Adds an administrator's own logo for a profile to the default matcher. */
export function addReference(profileId: string, img: RgbaImage, name?: string): void {
  defaultMatcher().addReference(profileId, img, name);
}

/** Removes the logos `addReference` added (settings changed); the shipped City logos stay. */
export function clearAddedReferences(): void {
  shared?.clearAdded();
}

/** Looks for the logo of `profileId` (or of any profile when omitted) in decoded pixels. */
export function findLogo(img: RgbaImage | Gray, profileId?: string, options: FindOptions = {}): LogoMatch | null {
  return defaultMatcher().find(img, { ...options, profiles: profileId ? [profileId] : options.profiles });
}
