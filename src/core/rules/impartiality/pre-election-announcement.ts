// New money or schemes announced from an official account during a pre-election period, when announcements that could favour a side are held back.

import { defineRule } from '../../rule.ts';
import { announcement, preElection } from '../../signals/pre-election.ts';

export default defineRule({
  id: 'pre-election-announcement',
  category: 'impartiality',
  severity: 'error',
  guidance: ['G25', 'G8'],
  description: 'An official account announcing new spending or schemes in the pre-election period.',
  messages: {
    fromPost: '“{words}” announces new money with polling day close; in a pre-election period new announcements are held back.',
    fromSettings: '“{words}” announces new money during the pre-election period set in your settings; new announcements are held back.',
  },
  check(ctx) {
    if (ctx.account !== 'official') return [];
    const period = preElection(ctx);
    const news = period && announcement(ctx);
    if (!period || !news) return [];
    return [
      {
        start: news.start,
        end: news.end,
        messageId: period.end > period.start ? 'fromPost' : 'fromSettings',
        data: { words: ctx.text.slice(news.start, news.end) },
        suggestion: 'Hold the announcement until after polling day, and check the pre-election guidance with your press office.',
      },
    ];
  },
});
