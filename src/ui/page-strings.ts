// Extension pages (options, popup, rule pages) bundle the en_GB catalogue as well: Chromium's i18n API has
// answered '' in a page just opened during the e2e runs. The content script does without (size budget).

import messages from '../../public/_locales/en_GB/messages.json' with { type: 'json' };
import { bundleCatalogue } from './i18n.ts';

bundleCatalogue(messages);
