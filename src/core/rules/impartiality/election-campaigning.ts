// Campaigning for or against a party or candidate: calls to vote, campaign hashtags, canvassing and leafleting, party events and fundraising, lobbying on a bill.

import { defineRule } from '../../rule.ts';
import { campaignActs } from '../../signals/campaign.ts';

export default defineRule({
  id: 'election-campaigning',
  category: 'impartiality',
  severity: { official: 'error', personal: 'warning' },
  guidance: ['G25', 'G8'],
  description: 'Campaigning for a party or candidate: calls to vote for or against, campaign hashtags, canvassing, party events and fundraising.',
  messages: {
    vote: '“{words}” tells people how to vote, which is election campaigning.',
    hashtag: '“{words}” is a campaign hashtag.',
    activity: '“{words}” is campaigning for a party or candidate.',
    event: '“{words}” is taking part in a party’s own event or organisation.',
    anticipation: '“{words}” looks forward to an election result, which takes a side.',
    slogan: '“{words}” is party-political language: a slogan near an election, or a department speaking of manifestos and mandates.',
  },
  check(ctx) {
    const suggestion =
      ctx.account === 'official'
        ? 'Remove it: official resources must never be used for party purposes; a department may only encourage people to register and vote.'
        : 'Check your department’s rules on political activity before posting, and leave it out if in doubt.';
    return campaignActs(ctx).map((a) => ({
      start: a.start,
      end: a.end,
      messageId: a.kind,
      data: { words: ctx.text.slice(a.start, a.end) },
      suggestion,
    }));
  },
});
