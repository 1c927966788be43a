import type { Rule } from './types';

/** TODO(owner of this rule): placeholder so the registry compiles. */
export const cityLogo: Rule = {
  id: 'city-logo',
  meta: {
    description: 'city-logo',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: '',
    docs: '',
  },
  check() {
    return [];
  },
};
