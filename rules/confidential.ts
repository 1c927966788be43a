import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const confidential: Rule = {
  id: 'confidential',
  meta: {
    description: 'confidential',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
