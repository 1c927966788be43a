import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const colleague: Rule = {
  id: 'colleague',
  meta: {
    description: 'colleague',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
