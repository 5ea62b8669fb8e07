// Posts the learned impartiality check must and must not raise, written for this test (not from the eval corpus); each flag is the sentence that weighed most.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './learned-impartiality.ts';

testRule(rule, {
  valid: [
    { text: "The Chancellor will deliver the Budget statement to Parliament on Wednesday at 12.30pm.", account: "official" },
    { text: "Polling stations are open from 7am to 10pm. Remember to bring photo ID.", account: "official" },
    { text: "The committee published its report on rural bus services today; our response will follow within two months.", account: "official" },
    { text: "Enjoyed the parkrun this morning, new personal best despite the mud.", account: "personal" },
    { text: "The Secretary of State visited the new training centre in Leeds and met apprentices.", account: "official" },
    { text: 'Fine, thanks.', why: 'under six words the model does not judge' },
  ],
  invalid: [
    { text: "Another week, another U-turn from this shambles of a government, so roll on the election.", account: "personal", flags: ["Another week, another U-turn from this shambles of a government, so roll on the election."], messageId: "learned", why: "one sentence, so which sentence weighed most cannot move between retrainings" },
    { text: "Don't let the opposition wreck the recovery: their sums simply don't add up, so stick with the party that delivered.", account: "official", flags: ["Don't let the opposition wreck the recovery: their sums simply don't add up, so stick with the party that delivered."], messageId: "learned" },
    { text: "Get out and vote Green on Thursday, it's the only party that takes the climate seriously.", account: "personal", flags: ["Get out and vote Green on Thursday, it's the only party that takes the climate seriously."], messageId: "learned" },
    { text: "Labour have done more for this town in two years than the last lot did in fourteen. Credit where it's due.", account: "personal", flags: ["Labour have done more for this town in two years than the last lot did in fourteen."], messageId: "learned" },
    { text: "The Tories have wrecked this country and anyone who votes for them again needs their head examined.", account: "personal", flags: ["The Tories have wrecked this country and anyone who votes for them again needs their head examined."], messageId: "learned" },
  ],
});
