// The impartiality rules, sorted by id.

import type { Rule } from '../../rule.ts';
import electionCampaigning from './election-campaigning.ts';
import learnedImpartiality from './learned-impartiality.ts';
import partyAccountAmplification from './party-account-amplification.ts';
import politicalEvaluation from './political-evaluation.ts';
import preElectionAnnouncement from './pre-election-announcement.ts';

export default [electionCampaigning, learnedImpartiality, partyAccountAmplification, politicalEvaluation, preElectionAnnouncement] satisfies Rule[];
