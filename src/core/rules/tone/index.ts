// The tone rules, sorted by id.

import type { Rule } from '../../rule.ts';
import profanity from './profanity.ts';

export default [profanity] satisfies Rule[];
