// Posts that must and must not trigger the link-shortener rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './link-shortener.ts';

testRule(rule, {
  valid: [
    'Apply at gov.uk/apply-passport',
    'Read more: https://www.gov.uk/government/news/some-news',
    'Email us at press@bit.ly.example.org',
    'Write to us about the habit.ly named app',
    'Our report https://example.com/t.co/abc is out',
  ],
  invalid: [
    { text: 'Read the guide: bit.ly/3xYzAb', flags: ['bit.ly/3xYzAb'], severity: 'info' },
    { text: 'Details at https://tinyurl.com/ab12cd.', flags: ['https://tinyurl.com/ab12cd'] },
    { text: 'See ow.ly/xyz and buff.ly/2Qw', flags: ['ow.ly/xyz', 'buff.ly/2Qw'] },
    { text: 'Link (https://t.co/AbC123) here', flags: ['https://t.co/AbC123'] },
    { text: 'Old link goo.gl/maps/abc!', flags: ['goo.gl/maps/abc'] },
  ],
});
