// One rule's page, generated from its metadata and its test table: what it catches, why (the guidance lines and
// their published sources), examples that are flagged and that are fine. Without a rule id: every rule, by category.

import { CATEGORIES, GUIDANCE, RULES, severityFor } from '../../core/index.ts';
import type { GuidanceId } from '../../core/guidance.ts';
import type { Case, InvalidCase } from '../../core/testing/rule-tester.ts';
import { SEVERITY_LABEL_KEYS } from '../findings.ts';
import { GUIDANCE_SOURCES } from '../guidance-sources.ts';
import { t } from '../i18n.ts';
import { examplesFor } from './examples.ts';

const SHOWN = 4;

export const ruleName = (id: string): string => {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function RulePage({ ruleId }: { ruleId: string }) {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) return <RuleIndex unknown={ruleId} />;
  document.title = `${ruleName(rule.id)} · ${t('rulePageTitle')}`;
  const { flagged, fine } = examplesFor(rule.id);
  return (
    <main>
      <nav class="crumbs" aria-label={t('rulePageBreadcrumbs')}>
        <a href="#">{t('rulePageAllRules')}</a>
      </nav>
      <h1>{ruleName(rule.id)}</h1>
      <p class="meta">
        {typeof rule.severity === 'string' ? (
          <span class={`sev sev--${rule.severity}`}>{t(SEVERITY_LABEL_KEYS[rule.severity])}</span>
        ) : (
          (['official', 'personal'] as const).map((account) => (
            <span key={account} class={`sev sev--${severityFor(rule, account)}`}>
              {t(SEVERITY_LABEL_KEYS[severityFor(rule, account)])} ({t(account === 'official' ? 'sidebarProfileOfficial' : 'sidebarProfilePersonal')})
            </span>
          ))
        )}
        <span>{t(`sidebarCategory_${rule.category}`)}</span>
        <code>{rule.id}</code>
      </p>
      <h2>{t('rulePageCatches')}</h2>
      <p class="lead">{rule.description}</p>
      {!rule.checksQuotes && <p>{t('rulePageQuotes')}</p>}
      <h2>{t('rulePageWhy')}</h2>
      <ul class="guidance">
        {rule.guidance.map((g) => (
          <li key={g}>
            <strong>{g}</strong> {GUIDANCE[g]}
            <ul class="sources">
              {(GUIDANCE_SOURCES[g as GuidanceId] ?? []).map((s) => (
                <li key={s.url}>
                  <a href={s.url} target="_blank" rel="noreferrer noopener">
                    {s.title}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <h2>{t('rulePageFlagged')}</h2>
      <ul class="examples examples--flagged" data-examples="flagged">
        {flagged.slice(0, SHOWN).map((c) => (
          <li key={c.text}>
            <Marked c={c} />
            <Context c={c} />
          </li>
        ))}
      </ul>
      <h2>{t('rulePageFine')}</h2>
      <ul class="examples examples--fine" data-examples="fine">
        {fine.slice(0, SHOWN).map((c) => (
          <li key={c.text}>
            {c.text}
            <Context c={c} />
          </li>
        ))}
      </ul>
      <h2>{t('rulePageSettingsHeading')}</h2>
      <p>{t('rulePageSettings')}</p>
    </main>
  );
}

/** The example's text with the flagged words marked (the n-th occurrence with "word#2", as in the tests). */
function Marked({ c }: { c: InvalidCase }) {
  const spans: [number, number][] = [];
  for (const flag of c.flags) {
    const [needle, nth] = flag.split(/#(?=\d+$)/) as [string, string?];
    let at = -1;
    for (let n = Number(nth ?? 1); n > 0; n--) at = c.text.indexOf(needle, at + 1);
    if (at >= 0) spans.push([at, at + needle.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let from = 0;
  for (const [s, e] of spans) {
    if (s < from) continue;
    parts.push(c.text.slice(from, s), <mark key={s}>{c.text.slice(s, e)}</mark>);
    from = e;
  }
  parts.push(c.text.slice(from));
  return <span>{parts}</span>;
}

function Context({ c }: { c: Case }) {
  const bits = [
    c.account && t(c.account === 'official' ? 'sidebarProfileOfficial' : 'sidebarProfilePersonal'),
    c.platform && t('rulePageOnPlatform', [{ x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' }[c.platform]]),
    c.replyTo && t('rulePageReplyTo', [c.replyTo]),
    c.why,
  ].filter(Boolean);
  return bits.length ? <span class="context">{bits.join(' · ')}</span> : null;
}

function RuleIndex({ unknown }: { unknown: string }) {
  document.title = t('rulePageTitle');
  return (
    <main>
      <h1>{t('rulePageTitle')}</h1>
      {unknown && <p role="alert">{t('rulePageUnknown', [unknown])}</p>}
      <p class="lead">{t('rulePageIntro')}</p>
      {CATEGORIES.map((category) => (
        <section key={category} aria-labelledby={`cat-${category}`}>
          <h2 id={`cat-${category}`}>{t(`sidebarCategory_${category}`)}</h2>
          <ul class="rules">
            {RULES.filter((r) => r.category === category).map((r) => (
              <li key={r.id}>
                <a href={`#${r.id}`}>{ruleName(r.id)}</a> — {r.description}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
