// Posts the learned confidentiality check must and must not raise, written for this test (not from the eval corpus); each flag is the sentence that weighed most.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './learned-confidentiality.ts';

testRule(rule, {
  valid: [
    { text: "The quarterly figures were published this morning and are available on our statistics page.", account: "official" },
    { text: "Reminder to all staff: never share personal data about a customer on social media, even anonymised.", account: "official" },
    { text: "We have published the results of last year's review, with the data tables, on our website.", account: "official" },
    { text: "Lovely lunch with old colleagues today, we talked about everything except work for once.", account: "personal" },
    { text: "The embargo on the annual report lifted at 9.30 this morning and the full report is now online.", account: "official" },
    { text: 'Fine, thanks.', why: 'under six words the model does not judge' },
  ],
  invalid: [
    { text: "Can't say too much yet but the numbers we saw in the internal review this week are going to surprise a lot of people 👀", account: "personal", flags: ["Can't say too much yet but the numbers we saw in the internal review this week are going to surprise a lot of people 👀"], messageId: "learned" },
    { text: "Just seen the draft list of which offices are closing next year and ours is on it, not announced yet so keep it quiet.", account: "personal", flags: ["Just seen the draft list of which offices are closing next year and ours is on it, not announced yet so keep it quiet."], messageId: "learned" },
    { text: "Big announcement coming Thursday that the minister has already signed off. Watch this space, you heard it here first.", account: "personal", flags: ["Big announcement coming Thursday that the minister has already signed off."], messageId: "learned" },
    { text: "Sat in a meeting today where they decided to shut the Carlisle office, staff won't be told until March, so keep it quiet.", account: "personal", flags: ["Sat in a meeting today where they decided to shut the Carlisle office, staff won't be told until March, so keep it quiet."], messageId: "learned" },
    { text: "Between us, the unemployment figures out on Tuesday are much worse than anyone expects.", account: "personal", flags: ["Between us, the unemployment figures out on Tuesday are much worse than anyone expects."], messageId: "learned" },
    { text: "Leaked draft of the white paper landed on my desk this morning and the grant scheme is being cut in half.", account: "personal", flags: ["Leaked draft of the white paper landed on my desk this morning and the grant scheme is being cut in half."], messageId: "learned" },
  ],
});
