// The engagement rules, sorted by id.

import type { Rule } from '../../rule.ts';

export default [] satisfies Rule[];
