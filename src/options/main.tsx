// Options page entry: names the tab in the user's language and renders the settings form.

import { render } from 'preact';
import { t } from '../ui/i18n.ts';
import { Options } from './Options.tsx';

document.title = t('optionsTitle');
document.documentElement.lang = t('@@ui_locale').replace('_', '-') || 'en-GB';
render(<Options />, document.getElementById('app')!);
