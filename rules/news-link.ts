import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const newsLink: Rule = {
  id: 'news-link',
  meta: {
    description: 'news-link',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
