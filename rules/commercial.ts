import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const commercial: Rule = {
  id: 'commercial',
  meta: {
    description: 'commercial',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
