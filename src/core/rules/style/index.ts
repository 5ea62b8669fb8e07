// The style rules, sorted by id.

import type { Rule } from '../../rule.ts';

export default [] satisfies Rule[];
