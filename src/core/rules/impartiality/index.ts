// The impartiality rules, sorted by id.

import type { Rule } from '../../rule.ts';
import electionCampaigning from './election-campaigning.ts';
import partyAccountAmplification from './party-account-amplification.ts';
import partyPoliticalStance from './party-political-stance.ts';
import politicianAttack from './politician-attack.ts';

export default [electionCampaigning, partyAccountAmplification, partyPoliticalStance, politicianAttack] satisfies Rule[];
