// The confidentiality rules, sorted by id.

import type { Rule } from '../../rule.ts';
import classificationMarking from './classification-marking.ts';
import codeword from './codeword.ts';
import credential from './credential.ts';
import embargoPhrase from './embargo-phrase.ts';
import internalReference from './internal-reference.ts';
import preReleaseStatistics from './pre-release-statistics.ts';
import unannouncedDecision from './unannounced-decision.ts';
import vettingLevel from './vetting-level.ts';

export default [
  classificationMarking,
  codeword,
  credential,
  embargoPhrase,
  internalReference,
  preReleaseStatistics,
  unannouncedDecision,
  vettingLevel,
] satisfies Rule[];
