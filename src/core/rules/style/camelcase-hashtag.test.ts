// Posts that must and must not trigger the camelcase-hashtag rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './camelcase-hashtag.ts';

testRule(rule, {
  valid: [
    'Support #MentalHealthAwareness week',
    'Find out more #apprenticeships',
    'Good news #jobs #skills',
    'Read https://example.com/page#sectionheadingtwo',
    '#DigitalTransformation #GovTech',
  ],
  invalid: [
    { text: 'Support #mentalhealthawareness week', flags: ['#mentalhealthawareness'], severity: 'info' },
    { text: 'Happy #internationalwomensday', flags: ['#internationalwomensday'] },
    { text: '#NATIONALAPPRENTICESHIPWEEK starts today', flags: ['#NATIONALAPPRENTICESHIPWEEK'] },
    { text: 'Join us #cleanairday2025 and #walktoschoolweek', flags: ['#walktoschoolweek'], why: 'the first has only 11 letters' },
    { text: 'Check #flood_warnings_update', flags: ['#flood_warnings_update'] },
  ],
});
