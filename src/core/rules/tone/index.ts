// The tone rules, sorted by id.

import type { Rule } from '../../rule.ts';
import condescension from './condescension.ts';
import enforcementTriumph from './enforcement-triumph.ts';
import hostility from './hostility.ts';
import hype from './hype.ts';
import insult from './insult.ts';
import learnedTone from './learned-tone.ts';
import needlessNegativity from './needless-negativity.ts';
import profanity from './profanity.ts';
import sarcasm from './sarcasm.ts';
import shouting from './shouting.ts';
import threat from './threat.ts';

export default [condescension, enforcementTriumph, hostility, hype, insult, learnedTone, needlessNegativity, profanity, sarcasm, shouting, threat] satisfies Rule[];
