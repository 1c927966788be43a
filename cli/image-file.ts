import type { PostImage, Profile } from '../rules/types';
import path from 'node:path';

/**
 * Reads an image file from disk and looks for the profile's City logo in it.
 * Throws an Error whose message names the file when it cannot be read or decoded.
 * Placeholder: the logo matcher replaces the body (issue: City logo detection).
 */
export async function readPostImage(file: string, _profile: Profile): Promise<PostImage> {
  return { name: path.basename(file), src: file, logoMatch: null };
}
