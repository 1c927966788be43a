import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const personalInfo: Rule = {
  id: 'personal-info',
  meta: {
    description: 'personal-info',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
