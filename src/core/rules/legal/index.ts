// The legal rules, sorted by id.

import type { Rule } from '../../rule.ts';
import copyrightMaterial from './copyright-material.ts';
import defamatoryAllegation from './defamatory-allegation.ts';
import learnedLegal from './learned-legal.ts';
import serviceDisrepute from './service-disrepute.ts';

export default [copyrightMaterial, defamatoryAllegation, learnedLegal, serviceDisrepute] satisfies Rule[];
