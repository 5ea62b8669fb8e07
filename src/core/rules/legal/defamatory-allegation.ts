// Allegations of crime, fraud or dishonesty stated as fact about someone, which risk defamation unless reported as a finding or claim.

import { defineRule, type Hit } from '../../rule.ts';
import { allegations, publishesOwnFinding, reportsConviction } from '../../signals/allegation.ts';
import { sentenceAround } from '../../text/sentences.ts';
import { allMatches } from '../../text/matches.ts';

// "criminal" before "offence", "record" etc. is an adjective about an act, not a label for a person ("Sheep worrying is a criminal offence").
const LABEL = String.raw`(?:frauds?|fraudsters?|liars?|crooks?|thie(?:f|ves)|criminal(?!\s+(?:offen[cs]es?|acts?|records?|damage|charges?|justice|law|matters?|investigations?|proceedings|conviction|responsibility|liability))s?|con\s+(?:artists?|men|man)|conm[ae]n|cheats?|scammers?|swindlers?|crooked|corrupt|dishonest|bent|racists?)`;
const ALLEGATION = new RegExp(
  [
    // "took a £5k backhander", "taking bungs".
    String.raw`\b(?:took|takes|taking|accepted|accepts|accepting|pocketed|pockets)\s+(?:an?\s+)?(?:£?\d[\d.,]*[km]?\s+)?(?:bribes?|backhanders?|kickbacks?|bungs?)\b`,
    // "hes a con man": informal posts drop the apostrophe.
    // "is clearly bent", "are obviously crooks": a sure-sounding adverb between the verb and the label asserts it more, not less.
    String.raw`(?:\b(?:is|are|was|were|hes|shes|theyre)|'s|'re)\s+(?:(?:clearly|obviously|definitely|basically|simply|just|totally|utterly|nothing\s+more\s+than)\s+)?(?:a\s+|an\s+)?(?:(?:total|complete|known|proven|serial|absolute|utter|bunch\s+of|pack\s+of|nothing\s+but)\s+(?:a\s+)?)?${LABEL}\b`,
    // "Scammers and thieves, the lot of them": the label is pinned on everyone the post just named.
    String.raw`\b(?:scammers|thieves|crooks|criminals|liars|frauds|fraudsters|cheats|swindlers|con\s+(?:artists|men)|conmen|sharks|cowboys)(?:\s+and\s+[a-z]+)?,?\s+(?:the\s+lot\s+of\s+them|every\s+(?:last\s+)?one\s+of\s+them|all\s+of\s+them)\b`,
    String.raw`\b(?:a|these|those|the)\s+(?:lying|crooked|corrupt|thieving)\s+[A-Za-z-]+`,
    String.raw`\bthieving\b`,
    // A verbless put-down still labels whoever the sentence before named: "They take your deposit. Bunch of crooks."
    String.raw`\b(?:bunch|pack|load)\s+of\s+(?:[a-z]+\s+)?(?:frauds|fraudsters|liars|crooks|thieves|criminals|con\s+(?:artists|men)|cheats|scammers|swindlers)\b`,
    String.raw`(?:\b(?:is|are|was|were)|'s|'re)\s+(?:a\s+)?fraudulent\s+(?:operation|business|company|firm|outfit|organisation|racket|enterprise)\b`,
    // "It's an illegal loan-sharking operation": "it" points back at the firm named ("Unlicensed lending is an illegal business" names none).
    String.raw`\b(?:it|they)(?:'s|'re|\s+is|\s+are)\s+(?:an?\s+)?(?:illegal|bogus|sham|fraudulent)\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:operation|business|company|firm|outfit|organisation|racket|enterprise)\b`,
    // Officials bought: "paid off the inspector", "bought off the planners".
    String.raw`\b(?:paid|pays|paying|bought|buys|buying)\s+off\s+(?:the\s+|an?\s+|their\s+|his\s+|her\s+|its\s+)?(?:[a-z]+\s+)?(?:inspectors?|officials?|councillors?|police|officers?|judges?|regulators?|planners?|witness(?:es)?|auditors?|examiners?|assessors?|referees?|journalists?)\b`,
    // The rogue trader's story: "take deposits from pensioners and vanish".
    String.raw`\b(?:take|takes|taking|took|taken)\s+(?:your\s+|the\s+|their\s+|people's\s+)?(?:deposits?|money|cash|payments?)\b[^.!?\n]{0,40}?\b(?:and|then)\s+(?:vanish(?:es|ed)?|disappear(?:s|ed)?|do\s+a\s+runner)\b`,
    String.raw`\bdodg(?:y|ier|iest)\s+(?:bunch|lot|crew|outfit|dealings)\b`,
    // Work won through a personal tie: "only keeps winning our contracts because its MD plays golf with the permanent secretary".
    String.raw`\b(?:won|wins|win|winning|landed|lands|landing|got|gets|getting|awarded)\b[^.!?\n]{0,50}?\b(?:contracts?|tenders?|frameworks?|licen[cs]es?|planning\s+permission|grants?|funding|deals?|promotions?|jobs?)\b[^.!?\n]{0,20}?\b(?:because|cos|thanks\s+to)\b[^.!?\n]{0,40}?\b(?:golf|mates|pals|friends|married|related|donor|donat(?:es|ed|ion)|lodge|drinking\s+buddies|old\s+school)\b`,
    String.raw`\bbrib(?:ed|es|ing)\s+(?:their|his|her|its)\s+way\b`,
    String.raw`\b(?:lied\s+(?:to|about|under)|(?:has|have|had)\s+lied|(?:is|are|has\s+been|have\s+been|keeps?|kept)\s+lying\s+(?:to|about))\b`,
    String.raw`\b(?:stole|steals|(?:has|have|had)\s+stolen|(?:is|are)\s+stealing)\s+(?:from|money|funds|millions|thousands|£|our\s+money|your\s+money|public\s+money|taxpayers'?)`,
    String.raw`\bknowingly\s+(?:sold|sells|lied|broke|breached|hid|concealed|misled|allowed|supplied|dumped|polluted|overcharged|put)\b`,
    String.raw`\brigg(?:ed|ing)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}?(?:vote|election|contract|tender|results|figures|bids?)\b`,
    // "anti-money laundering checks" names a field of compliance, not an accusation.
    String.raw`\b(?:launder(?:s|ed|ing)\s+money|(?<!\b(?:anti|counter)[-\s])money\s+laundering)\b`,
    String.raw`\b(?:ripping|ripped|rips)\s+(?:off\s+)?(?:customers|tenants|people|drivers|patients|taxpayers|the\s+public|everyone)\b`,
    String.raw`\b(?:committed|commits|committing)\s+fraud\b`,
    String.raw`\bshould\s+be\s+(?:in\s+prison|in\s+jail|behind\s+bars|locked\s+up|prosecuted|arrested)\b|\bbelongs?\s+(?:in\s+prison|in\s+jail|behind\s+bars)\b`,
    String.raw`\b(?:he|she|they)(?:'s|\s+has|'ve|\s+have)\s+been\s+at\s+it\b`,
    String.raw`\bguilty\s+as\s+sin\b`,
    // Made-up paperwork handed in: "filing false claims", "submitting fake invoices".
    String.raw`\b(?:fil(?:e|es|ed|ing)|submit(?:s|ted|ting)?|lodg(?:e|es|ed|ing)|put(?:s|ting)?\s+in)\s+(?:false|fake|bogus|fraudulent|phoney|phony|fictitious)\s+(?:[a-z]+\s+)?(?:claims?|returns?|invoices?|applications?|documents|paperwork|expenses|timesheets|accounts|certificates|references)\b`,
  ].join('|'),
  'gi',
);

// "Speedy Loans UK is an illegal loan shark operation": a firm named in two or more capitalised words said to be an
// illegal business. Case-sensitive, as the name is what makes it an accusation ("Unlicensed lending is an illegal
// business" names no one).
const NAMED_ILLEGAL_BUSINESS =
  /\b([A-Z][\w&'’-]{0,30}(?: [A-Z][\w&'’-]{0,30}){1,4} (?:is|are) (?:an? )?)(?:illegal|bogus|sham|fraudulent|criminal) (?:[a-z]+(?:-[a-z]+)? ){0,2}(?:operation|business|company|firm|outfit|organisation|racket|enterprise|scheme)\b/g;

// Reporting a process or finding rather than asserting guilt.
const REPORTED =
  /\b(?:alleg\w*|accus\w*|claims?|claimed|reportedly|suspect\w*|suspicion|arrested|charged|convicted|found\s+guilty|pleaded|court|tribunal|jury|trial|investigat\w*|inquiry|ombudsman|according\s+to|den(?:y|ies|ied)|prosecuted|sentenced|jailed|fined|found\s+to\s+have|ruled)\b/i;
// "filing false claims", "fake asylum claims": the claim is the wrongdoing, not a report of it.
const MADE_UP_CLAIMS = /\b(?:false|fake|bogus|fraudulent|phoney|phony|fictitious)\s+(?:[a-z]+\s+)?claims?\b/gi;
const DOUBT_BEFORE = /\b(?:if|whether|not|never|no|nobody|may|might|could|would)\b|n't\b/i;
// Warnings about a class of wrongdoer name nobody: "fraudsters are stealing identities".
const GENERIC_SUBJECT =
  /\b(?:scammers|fraudsters|criminals|crooks|thieves|con\s+artists|hackers|cyber\s*criminals|rogue|unscrupulous|some|many|anyone|someone|somebody|people\s+who|those\s+who)\b/i;
const FIRST_PERSON = /(?:^|[\s,;:—–-])(?:I|I'm|I've|we|we're|we've)\s+(?:\w+\s+)?$/i;

const LIVE_CASE_SUGGESTION = 'Until the case ends, say only what is on the record (the charge, the next hearing), or nothing.';
const SUGGESTION = 'Stick to what is on the public record (“was convicted of”, “the regulator found”) and link to it, or leave it out.';

export default defineRule({
  id: 'defamatory-allegation',
  category: 'legal',
  severity: 'warning',
  guidance: ['G22'],
  messages: {
    allegation: '“{words}” states wrongdoing as fact; unless a court or regulator has found it, that could be defamatory.',
    insinuation: '“{words}” insinuates wrongdoing by someone identifiable; a hint can defame as surely as a statement.',
    prejudgement: '“{words}” gives a verdict on a live case before the court does, which risks contempt of court and an unfair trial.',
  },
  description: 'Allegations of crime, fraud or dishonesty stated as fact about a named or identifiable person or organisation, or insinuated.',
  check(ctx) {
    if (publishesOwnFinding(ctx) || reportsConviction(ctx)) return [];
    const text = ctx.plain;
    const hits: Hit[] = [];
    // The named firm and its "is a" (the capture) are not underlined, only what it is called.
    const named = allMatches(NAMED_ILLEGAL_BUSINESS, text).map((m) => ({ m, lead: m[1]!.length }));
    for (const { m, lead: namedLead } of [...allMatches(ALLEGATION, text).map((m) => ({ m, lead: undefined })), ...named]) {
      // Underline the accusation, not the "is"/"'re" in front of it.
      // "Our defending was criminal today": a bare adjective after "was" is hyperbole about a thing; "is a criminal" labels.
      if (/^(?:is|are|was|were|hes|shes|theyre|'s|'re)\s+criminal$/i.test(m[0])) continue;
      // "Thieving? We've returned £2.1bn…": the word echoed back as a question, not said of anyone.
      if (text[m.index + m[0].length] === '?' && sentenceAround(text, m.index, m.index + m[0].length).start === m.index) continue;
      const lead = namedLead ?? /^(?:(?:it|they)(?=['\s]))?(?:(?:\s+is|\s+are|is|are|was|were|hes|shes|theyre|'s|'re)\s+(?:an?\s+)?)/i.exec(m[0])?.[0].length ?? 0;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      const s = sentenceAround(text, m.index, end);
      const sentenceBefore = text.slice(s.start, m.index);
      // The accused is named in the clause just before the accusation, after any "warning to anyone:" lead-in.
      const before = sentenceBefore.slice(Math.max(...[',', ':', ';', '—', '–', '('].map((c) => sentenceBefore.lastIndexOf(c))) + 1);
      if (REPORTED.test(text.slice(s.start, s.end).replace(MADE_UP_CLAIMS, '')) || GENERIC_SUBJECT.test(before) || FIRST_PERSON.test(before)) continue;
      if (DOUBT_BEFORE.test(text.slice(Math.max(s.start, m.index - 25), m.index))) continue;
      hits.push({ start, end, messageId: 'allegation', data: { words: ctx.text.slice(start, end) }, suggestion: SUGGESTION });
    }
    // Wordings no list of verbs foresees: an act, label or insinuation with a target and no hedge (signals/allegation.ts).
    for (const a of allegations(ctx)) {
      if (hits.some((h) => a.start < h.end && a.end > h.start)) continue;
      hits.push({ start: a.start, end: a.end, messageId: a.kind === 'insinuation' || a.kind === 'prejudgement' ? a.kind : 'allegation', data: { words: ctx.text.slice(a.start, a.end) }, suggestion: a.kind === 'prejudgement' ? LIVE_CASE_SUGGESTION : SUGGESTION });
    }
    return hits.sort((x, y) => x.start - y.start);
  },
});
