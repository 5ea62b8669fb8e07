// Posts that must and must not trigger the emoji-overuse rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './emoji-overuse.ts';

testRule(rule, {
  valid: [
    'Congratulations to our Student of the Year! 🎓',
    '⚠️ Flood warning in force. Act now.',
    'Three emoji 🎉 spread 🏡 out 📝 is fine.',
    '© Crown copyright 2025 ™ ®',
    '🇬🇧 flag and 👍🏽 skin tone',
  ],
  invalid: [
    { text: 'Download it today 🚀 and join the future 🚀🚀', flags: ['🚀🚀'], severity: 'info' },
    { text: 'Big day 🎉🎊🥳 for everyone', flags: ['🎉🎊🥳'] },
    { text: 'One 🎉 two 🏡 three 📝 four 🚌 five 🚆', flags: ['🚌', '🚆'] },
    { text: 'Flags 🇬🇧 🇬🇧 and more', flags: ['🇬🇧 🇬🇧'] },
    { text: 'Team 👩🏽‍💻 and 👨‍👩‍👧 and 🚀 and 🎉', flags: ['🎉'] },
  ],
});
