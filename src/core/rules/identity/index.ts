// The identity rules, sorted by id.

import type { Rule } from '../../rule.ts';
import officialPersonalOpinion from './official-personal-opinion.ts';

export default [officialPersonalOpinion] satisfies Rule[];
