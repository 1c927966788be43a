import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const shortenedLink: Rule = {
  id: 'shortened-link',
  meta: {
    description: 'shortened-link',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
