// Posts the learned tone check must and must not raise, written for this test (not from the eval corpus); each flag is the sentence that weighed most.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './learned-tone.ts';

testRule(rule, {
  valid: [
    { text: "Our new opening hours start on Monday: the centre will be open from 8am to 6pm on weekdays.", account: "official" },
    { text: "Thanks for the feedback about the queue on Saturday. We have added two more staff for the weekend shifts.", account: "official" },
    { text: "Proud of the team who cleared the snow from the station car park before dawn today.", account: "personal" },
    { text: "The consultation on the new cycle routes closes on Friday. You can read the plans and respond online.", account: "official" },
    { text: "Had a lovely walk along the canal with the dog this morning, frost on every branch.", account: "personal" },
    { text: 'Fine, thanks.', why: 'under six words the model does not judge' },
  ],
  invalid: [
    { text: "Honestly, some of the people who ring our helpline every morning could not find their own front door with a map and a torch.", account: "official", flags: ["Honestly, some of the people who ring our helpline every morning could not find their own front door with a map and a torch."], messageId: "learned" },
    { text: "Imagine being so thick you still haven't worked out how to fill in a two page form. Bless them, they really try.", account: "personal", flags: ["Imagine being so thick you still haven't worked out how to fill in a two page form."], messageId: "learned" },
    { text: "Oh brilliant, another genius in the comments who thinks he knows more about flood defences than the engineers. Stay in your lane mate.", account: "official", flags: ["Oh brilliant, another genius in the comments who thinks he knows more about flood defences than the engineers."], messageId: "learned" },
    { text: "People who park across the bus lane and then moan about their fine deserve everything coming to them, frankly.", account: "official", flags: ["People who park across the bus lane and then moan about their fine deserve everything coming to them, frankly."], messageId: "learned" },
    { text: "Some of you really need to grow up, because posting the same moaning comment ten times won't make the bins come any faster.", account: "official", flags: ["Some of you really need to grow up, because posting the same moaning comment ten times won't make the bins come any faster."], messageId: "learned" },
    { text: "What a pathetic bunch of whingers our customers are this week, honestly, every single one of them.", account: "personal", flags: ["What a pathetic bunch of whingers our customers are this week, honestly, every single one of them."], messageId: "learned" },
  ],
});
