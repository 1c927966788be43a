import { prefersDark } from './common';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import type { SiteAdapter } from './types';
import { x } from './x';

export type { SiteAdapter, Attachment } from './types';
export * from './common';

/** Any other page: engine markers and focused boxes only. */
export const generic: SiteAdapter = {
  platform: 'other',
  editorSelector: '[data-postcheck-editor]',
  isExcluded: () => false,
  shadowRoots: () => [],
  findAttachments: () => [],
  findPostButton: () => null,
  findAccount: () => null,
  isDark: () => prefersDark(),
};

export function adapterFor(hostname: string): SiteAdapter {
  const host = hostname.toLowerCase().replace(/^(www|mobile|m)\./, '');
  if (host === 'x.com' || host === 'twitter.com') return x;
  if (host === 'facebook.com') return facebook;
  if (host === 'linkedin.com') return linkedin;
  return generic;
}

/** Site name used in account keys ("x:@jane"). */
export const siteKey = (adapter: SiteAdapter) => adapter.platform;
