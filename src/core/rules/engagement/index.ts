// The engagement rules, sorted by id.

import type { Rule } from '../../rule.ts';
import caseInPublic from './case-in-public.ts';
import channelShiftBackwards from './channel-shift-backwards.ts';
import learnedEngagement from './learned-engagement.ts';
import replyToAbuse from './reply-to-abuse.ts';
import unmaintainableChannel from './unmaintainable-channel.ts';

export default [caseInPublic, channelShiftBackwards, learnedEngagement, replyToAbuse, unmaintainableChannel] satisfies Rule[];
