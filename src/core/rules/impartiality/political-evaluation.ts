// Praise, blame, mockery or comparison aimed at a party, a politician, the government of the day or its predecessors: taking a political side.

import { defineRule, type Hit } from '../../rule.ts';
import { evaluatedTargets, type EvaluationCue } from '../../signals/political-evaluation.ts';

const SUGGESTION = {
  official: 'Say what the policy does and for whom, without crediting or blaming a party, a minister or a past government.',
  personal: 'Leave party politics out of public posts, or stick to neutral facts; civil servants stay impartial on personal accounts too.',
};

export default defineRule({
  id: 'political-evaluation',
  category: 'impartiality',
  severity: { official: 'error', personal: 'warning' },
  guidance: ['G25', 'G26', 'G8'],
  description: 'Praise, blame, mockery or point-scoring about a party, a politician, the government of the day or its predecessors.',
  messages: {
    party: '“{target}” with “{cue}” takes a side on a political party.',
    politician: '“{target}” with “{cue}” praises or attacks a politician.',
    government: '“{target}” with “{cue}” credits or criticises the government of the day in political terms.',
    predecessor: '“{target}” with “{cue}” blames or mocks a previous government, which is party-political point-scoring.',
    opposition: '“{target}” with “{cue}” attacks the opposition, which is party-political point-scoring.',
    slogan: '“{target}” is a party slogan, and “{cue}” endorses or attacks it.',
    reader: '“{cue}” takes a side in a reply to a party or politician.',
  },
  check(ctx) {
    const hits: Hit[] = [];
    const suggestion = SUGGESTION[ctx.account];
    for (const e of evaluatedTargets(ctx)) {
      const cue = strongest(e.cues);
      // A reply's unnamed or second-person target is shown through the words that take the side.
      // So is a slogan quoted and then endorsed: the quotation is theirs, the endorsement the poster's.
      const atCue = e.target.kind === 'reader' || ctx.isReported(e.target.start, e.target.end);
      const [start, end] = atCue ? [cue.start, cue.end] : [e.target.start, e.target.end];
      hits.push({
        start,
        end,
        messageId: e.target.kind,
        data: { target: ctx.text.slice(e.target.start, e.target.end), cue: ctx.text.slice(cue.start, cue.end) },
        suggestion,
      });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

function strongest(cues: readonly EvaluationCue[]): EvaluationCue {
  return cues.reduce((best, c) => (c.weight > best.weight ? c : best));
}
