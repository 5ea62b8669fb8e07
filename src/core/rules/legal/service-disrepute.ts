// Conduct that brings the civil service into disrepute: boasting about skiving, drinking at work, ignoring rules, mocking the public.

import { defineRule, type Hit } from '../../rule.ts';
import { workLookups } from '../../signals/work-access.ts';
import { sentenceAround } from '../../text/sentences.ts';
import { allMatches } from '../../text/matches.ts';

const STRONG = new RegExp(
  [
    String.raw`\b(?:pull(?:ed|ing)?|thr(?:ew|owing|ow)|took|taking)\s+a\s+sickie\b`,
    String.raw`\bskiv(?:e|ed|ing)(?:\s+off)?\b`,
    String.raw`\bbunk(?:ed|ing)\s+off\s+work\b`,
    String.raw`\bpaid\s+to\s+(?:do\s+nothing|sit\s+around|sit\s+on\s+my\s+(?:arse|backside))\b`,
    String.raw`\b(?:drunk|hungover|pissed|tipsy|wasted|hammered|still\s+drunk)\s+at\s+(?:work|my\s+desk|the\s+office|my\s+workstation)\b`,
    String.raw`\b(?:drinking|wine|beers?|pints?|vodka|gin)\s+at\s+my\s+desk\b`,
    String.raw`\b(?:did|done|doing)\s+(?:absolutely\s+)?nothing\s+all\s+day\b`,
    String.raw`\bdon't\s+tell\s+my\s+(?:boss|manager|line\s+manager)\b`,
    String.raw`\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?checks\b|\bwho(?:'s|\s+is)\s+(?:gonna|going\s+to)\s+check\b`,
    // Work passed without doing it: "signing off claim reviews without actually reading them".
    String.raw`(?<!\b(?:never|not|don't|didn't|won't|never\s+have)\s)\b(?:sign(?:ing|ed)\s+off|approv(?:ed|ing)|rubber[-\s]stamp(?:ing|ed))\b[^.!?\n]{0,40}?\bwithout\s+(?:actually\s+|even\s+)?(?:reading|checking|looking\s+at)\b`,
    // Drinking while identifiable as staff: "still in uniform, five pints deep".
    String.raw`\bin\s+uniform\b[^.!?\n]{0,60}?\b(?:pints?|drunk|hammered|pissed|wasted|beers?|asleep|shots)\b|\b(?:pints?|drunk|hammered|pissed|wasted|beers?|shots)\b[^.!?\n]{0,60}?\bin\s+uniform\b`,
    String.raw`\b(?:hammered|drunk|pissed|wasted)\b[^\n]{0,160}?\bon\s+the\s+(?:department's|dept's|office|work|company|government)\s+(?:card|tab|expenses)\b`,
    // Keeping records out of reach of the law: "if you don't want it coming out under FOI, use WhatsApp".
    String.raw`\b(?:avoid(?:ing)?|dodg(?:e|ing)|get(?:ting)?\s+(?:round|around)|coming\s+out\s+under|out\s+of\s+reach\s+of)\s+(?:an?\s+)?(?:FOI|freedom\s+of\s+information)\b`,
    String.raw`\b(?:ignor(?:e|ed|ing)|bent|bend(?:ing)?|broke|break(?:ing)?)\s+(?:the|all\s+the|a\s+few)\s+(?:rules|guidance|procedures?|protocols?)\b`,
    String.raw`\bnever\s+(?:read|follow)\s+the\s+(?:guidance|rules|procedures?)\b`,
    String.raw`\bshared\s+my\s+(?:password|login|pass)\b`,
    String.raw`\b(?:fiddl|fudg)(?:e|ed|ing)\s+my\s+(?:expenses|timesheets?|flexi)\b`,
    String.raw`\b(?:benefit\s+)?scroungers\b`,
    String.raw`\bthe\s+great\s+unwashed\b`,
    String.raw`\b(?:idiots|morons|muppets|numpties|halfwits|thickos)\s+(?:who|that)\s+(?:ring|rang|call|phone|email|apply|claim|can't|don't|cannot)\b`,
    String.raw`\b(?:stupid|thick|dim|clueless|useless)\s+(?:claimants|callers|customers|applicants|members\s+of\s+the\s+public|taxpayers|tenants|parents|students)\b`,
    // Public money spent on oneself: "another productive day on the taxpayer's dime", "the expenses system covers a steak".
    String.raw`\bon\s+the\s+taxpayers?'?s?\s+(?:dime|penny|expense)\b`,
    String.raw`\bexpenses(?:\s+system|\s+claim)?\b[^.!?\n]{0,40}?\b(?:covers?|covered|pays?\s+for|paid\s+for)\b`,
  ].join('|'),
  'gi',
);
// Only disreputable about the job: "can't be bothered to cook tonight" is not.
const WEAK = /\bbunk(?:ed|ing)?\s+off\b|\b(?:nobody|no\s+one)\s+(?:even\s+)?noticed\b|\b(?:pints?|beers?|wine|bottles?|drinks|cocktails)\s+(?:at|over|with)\s+lunch\b|\b(?:can't|cannot|couldn't)\s+be\s+(?:bothered|arsed)\b|\bcouldn't\s+care\s+less\b|\b(?:do|doing|did)\s+the\s+bare\s+minimum\b|\bzero\s+effort\b/gi;
const WORK =
  /\b(?:work|working|office|desk|shift|job|meeting|public|claimants?|customers?|callers?|applicants?|applications?|caseload|cases|emails|helpline|calls|casework|timesheet|manager|boss|colleagues|department|WFH|taxpayers?)\b/i;

export default defineRule({
  id: 'service-disrepute',
  category: 'legal',
  severity: 'warning',
  guidance: ['G22', 'G8'],
  messages: {
    disrepute: '“{words}” could bring the civil service into disrepute; the Code applies on personal accounts and outside working hours too.',
    access: '“{words}” uses, or offers to use, access at work to look at someone; misusing official records brings the service into disrepute.',
  },
  description: 'Posts that bring the service into disrepute: skiving, drinking at work, ignoring rules, mocking the public, misusing work records.',
  check(ctx) {
    const text = ctx.plain;
    const hits: Hit[] = [];
    const add = (start: number, end: number, messageId = 'disrepute') =>
      hits.push({
        start,
        end,
        messageId,
        data: { words: ctx.text.slice(start, end) },
        suggestion: 'Leave it out: posts about how you do your job, or about the public you serve, reflect on the whole service.',
      });
    for (const m of allMatches(STRONG, text)) add(m.index, m.index + m[0].length);
    // On a department's account "can't be bothered" is said to the public or slips out as a personal aside: a matter of
    // tone or voice, which those rules raise; disrepute is a civil servant's account of their own conduct.
    for (const m of ctx.account === 'personal' ? allMatches(WEAK, text) : []) {
      const s = sentenceAround(text, m.index, m.index + m[0].length);
      if (WORK.test(text.slice(s.start, s.end))) add(m.index, m.index + m[0].length);
    }
    // On a personal account, records seen at work are never the writer's to use ("I can find out a lot more about you").
    // A look-up told as news ("had a quick look: registered to a bloke at no.32") is a disclosure, which the
    // confidentiality rules raise; it is disrepute when access is offered or held over someone ("I can find out a lot more about you").
    if (ctx.account === 'personal') for (const l of workLookups(ctx)) if (l.threat) add(l.start, l.end, 'access');
    return hits.sort((a, b) => a.start - b.start);
  },
});
