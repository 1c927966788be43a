import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const disrespectful: Rule = {
  id: 'disrespectful',
  meta: {
    description: 'disrespectful',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
