import type { Profile } from '../types';
import { calgary } from './calgary';
import { peterborough } from './peterborough';
import { toronto } from './toronto';

/** Built-in City profiles, by id. Toronto is the default. */
export const profiles: Record<string, Profile> = { calgary, peterborough, toronto };
export const DEFAULT_PROFILE = 'toronto';

/** The profile with this id, or the default one when the id is unknown or missing. */
export function getProfile(id?: string | null): Profile {
  return (id && profiles[id.toLowerCase()]) || profiles[DEFAULT_PROFILE];
}

export function isProfileId(id: string): boolean {
  return Object.hasOwn(profiles, id.toLowerCase());
}
