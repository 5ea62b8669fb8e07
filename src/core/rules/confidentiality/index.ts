// The confidentiality rules, sorted by id.

import type { Rule } from '../../rule.ts';
import classificationMarking from './classification-marking.ts';
import embargoPhrase from './embargo-phrase.ts';
import unannouncedDecision from './unannounced-decision.ts';

export default [classificationMarking, embargoPhrase, unannouncedDecision] satisfies Rule[];
