// Sarcasm and mockery ("yeah right", "Queues? What queues?", "says the man who...", claimants "moaning", 🙄), which reads as contempt and is easily misread.

import sarcasm from '../../data/sarcasm-phrases.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { ironies } from '../../signals/tone-irony.ts';
import { aimedMockingEmoji, mockery, mockingEmoji } from '../../signals/tone-acts.ts';
import { phraseRegExp } from '../../text/terms.ts';
import { allMatches } from '../../text/matches.ts';

const SARCASM = phraseRegExp(sarcasm.terms);

export default defineRule({
  id: 'sarcasm',
  category: 'tone',
  severity: { official: 'warning', personal: 'warning' },
  guidance: ['G2', 'G18', 'G26'],
  description: 'Sarcasm and mockery (“yeah right”, “Queues? What queues?”, “imagine complaining…”, contempt for claimants or customers, 🙄).',
  messages: {
    sarcasm: '“{words}” is sarcastic; it is easily misread and reads as contempt for the person or the public.',
    mockery: '“{words}” mocks people the service deals with; civil servants must not show contempt for the public, on any account.',
    emoji: '“{words}” is a mocking emoji; on an official account it reads as contempt.',
    rhetorical: '“{words}” makes a rhetorical point of the question; it reads as sarcasm at the person’s expense.',
    irony: '“{words}” is ironic: praise or agreement that means its opposite reads as contempt.',
    tautology: '“{words}” closes the subject without explaining it; it reads as dismissive.',
    sneer: '“{words}” sneers at people in general; criticise an action, not a group of the public.',
    blame: '“{words}” makes a point of people’s lapses; it reads as mockery rather than help.',
    callout: '“{words}” calls people out in public for what they did; it reads as shaming or sarcasm.',
    laughing: '“{words}” laughs at the people in the post; on an official account it reads as mockery.',
    anecdote: '“{words}”: a story from work about a member of the public, told for laughs, mocks the people the service deals with.',
    echo: '“{words}” throws the person’s own words back in scare quotes, which reads as mockery.',
  },
  check(ctx) {
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    const add = (start: number, end: number, messageId: string, severity?: 'info') =>
      hits.push({ start, end, messageId, data: { words: ctx.text.slice(start, end) }, severity, suggestion: 'Say plainly what you mean, or leave it unsaid.' });
    for (const m of allMatches(SARCASM, ctx.text)) add(m.index, m.index + m[0].length, 'sarcasm', official ? undefined : 'info');
    const spans = mockery(ctx);
    for (const s of spans) add(s.start, s.end, 'mockery');
    // An eye-roll alone is a warning from a department; on one's own account it is advice unless it mocks someone.
    for (const i of ironies(ctx)) add(i.start, i.end, i.kind, official || i.aimed ? undefined : 'info');
    const aimed = new Set(aimedMockingEmoji(ctx));
    for (const t of mockingEmoji(ctx)) add(t.start, t.end, 'emoji', official || spans.length || aimed.has(t) ? undefined : 'info');
    return hits.sort((a, b) => a.start - b.start);
  },
});
