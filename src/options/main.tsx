// Options page entry: names the tab in the user's language and renders the settings form.

import '../ui/page-strings.ts';
import { render } from 'preact';
import { t } from '../ui/i18n.ts';
import { Options } from './Options.tsx';

document.title = t('optionsTitle');
// '@@ui_locale' is the browser's own; should the API not answer, t() gives the key back, which is no language.
const locale = t('@@ui_locale');
document.documentElement.lang = /^[a-z]{2,3}(_[A-Za-z0-9]+)*$/.test(locale) ? locale.replace(/_/g, '-') : 'en-GB';
render(<Options />, document.getElementById('app')!);
