// A person's own voice on an official account: opinions, candour, feelings, life story and editorial asides, where the account speaks for the department.

import { defineRule } from '../../rule.ts';
import { personalVoice } from '../../signals/personal-voice.ts';

export default defineRule({
  id: 'official-personal-opinion',
  category: 'identity',
  severity: 'warning',
  guidance: ['G9', 'G21'],
  description: 'Personal opinion, candour, feelings or life story on an official account, which speaks for the department.',
  messages: {
    opinion: '“{words}” gives an opinion, but an official account speaks for the department, not for the person typing.',
    candour: '“{words}” is a personal aside; an official account speaks in the department’s voice.',
    feeling: '“{words}” is the feeling of the person typing; an official account speaks for the department.',
    personal: '“{words}” speaks as an individual; the account belongs to the department.',
    editorial: '“{words}” editorialises about policy; an official account explains it.',
  },
  check(ctx) {
    if (ctx.account !== 'official') return [];
    return personalVoice(ctx).map((v) => ({
      start: v.start,
      end: v.end,
      messageId: v.kind,
      data: { words: ctx.text.slice(v.start, v.end) },
      suggestion: 'Say what the department does or has published (“We have…”, “The guidance says…”), and keep views to a personal account.',
    }));
  },
});
