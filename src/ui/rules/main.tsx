// Rule pages entry: renders the rule named in the hash (#words-to-avoid), or the list of all rules.

import '../page-strings.ts';
import { render } from 'preact';
import { applyPageTheme, PAGE_CSS } from '../page-theme.ts';
import { RulePage } from './RulePage.tsx';
import { RULES_CSS } from './styles.ts';

applyPageTheme(PAGE_CSS + RULES_CSS);
const show = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  render(<RulePage ruleId={id} />, document.getElementById('app')!);
  window.scrollTo(0, 0);
};
window.addEventListener('hashchange', show);
show();
