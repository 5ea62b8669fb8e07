// Posts the learned identity check must and must not raise, written for this test (not from the eval corpus); each flag is the sentence that weighed most.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './learned-identity.ts';

testRule(rule, {
  valid: [
    { text: "The new guidance for landlords is now published. It explains what changes from April and who to contact.", account: "official" },
    { text: "Started a new role today as a data analyst, and I'm excited to learn from a brilliant team.", account: "personal" },
    { text: "We have extended the deadline for applications to 30 June. Full details are on our website.", account: "official" },
    { text: "Views my own. Went to a great talk on accessible design at the library last night.", account: "personal" },
    { text: "Our offices will be closed on the bank holiday Monday and reopen on Tuesday at 9am.", account: "official" },
    { text: 'Fine, thanks.', why: 'under six words the model does not judge' },
  ],
  invalid: [
    { text: "Personally I think the new parking scheme is a mistake and I said so in the meeting, but here we are. Thoughts?", account: "official", flags: ["Personally I think the new parking scheme is a mistake and I said so in the meeting, but here we are."], messageId: "learned" },
    { text: "As someone who works inside the department, I can tell you the official line on this is nonsense.", account: "personal", flags: ["As someone who works inside the department, I can tell you the official line on this is nonsense."], messageId: "learned" },
    { text: "Speaking on behalf of the agency: we will be reviewing every one of these decisions and I promise we'll get it right.", account: "personal", flags: ["Speaking on behalf of the agency: we will be reviewing every one of these decisions and I promise we'll get it right."], messageId: "learned" },
    { text: "My own view, and I know my boss disagrees, is that this whole policy should be scrapped tomorrow.", account: "official", flags: ["My own view, and I know my boss disagrees, is that this whole policy should be scrapped tomorrow."], messageId: "learned" },
    { text: "I personally reckon the minister got this one badly wrong, and I'm saying that as the person who runs this account.", account: "official", flags: ["I personally reckon the minister got this one badly wrong, and I'm saying that as the person who runs this account."], messageId: "learned" },
    { text: "Speaking as someone who works on this at the department, I can promise you we will scrap the scheme by summer.", account: "personal", flags: ["Speaking as someone who works on this at the department, I can promise you we will scrap the scheme by summer."], messageId: "learned" },
  ],
});
