import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const missingDisclaimer: Rule = {
  id: 'missing-disclaimer',
  meta: {
    description: 'missing-disclaimer',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
