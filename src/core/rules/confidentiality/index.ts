// The confidentiality rules, sorted by id.

import type { Rule } from '../../rule.ts';
import classificationMarking from './classification-marking.ts';

export default [classificationMarking] satisfies Rule[];
