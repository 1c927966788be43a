import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const political: Rule = {
  id: 'political',
  meta: {
    description: 'political',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
