// Every rule, grouped by category, with a search box: a switch and a severity per rule, and the guidance lines each enforces.

import { useState } from 'preact/hooks';
import { CATEGORIES, GUIDANCE, RULES, SEVERITIES, severityLabel, type Severity } from '../core/index.ts';
import { t } from '../ui/i18n.ts';

interface Props {
  disabled: readonly string[];
  severity: Readonly<Record<string, Severity>>;
  switchesLocked: boolean;
  severityLocked: boolean;
  onSwitch(disabled: string[]): void;
  onSeverity(severity: Record<string, Severity>): void;
}

const matches = (query: string, rule: (typeof RULES)[number]) => {
  const haystack = `${rule.id} ${rule.description} ${rule.category} ${t(`optionsCategory_${rule.category}`)} ${rule.guidance.join(' ')}`.toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
};

export function RuleList({ disabled, severity, switchesLocked, severityLocked, onSwitch, onSeverity }: Props) {
  const [query, setQuery] = useState('');
  const off = new Set(disabled);
  const shown = RULES.filter((rule) => matches(query, rule));
  const toggle = (id: string, enabled: boolean) => {
    const next = new Set(off);
    if (enabled) next.delete(id);
    else next.add(id);
    onSwitch([...next].sort());
  };
  const setSeverity = (id: string, value: string) => {
    const next = { ...severity };
    if (value === '') delete next[id];
    else next[id] = value as Severity;
    onSeverity(next);
  };
  return (
    <>
      <label for="rule-search">{t('optionsRuleSearch')}</label>
      <input id="rule-search" type="search" data-rule-search value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      <p class="help" role="status" data-rule-count={shown.length}>
        {t('optionsRuleCount', [String(shown.length), String(RULES.length)])}
      </p>
      {(switchesLocked || severityLocked) && <p class="lock-reason">{t(switchesLocked && severityLocked ? 'optionsRulesLocked' : switchesLocked ? 'optionsSwitchesLocked' : 'optionsSeveritiesLocked')}</p>}
      {CATEGORIES.map((category) => {
        const rules = shown.filter((r) => r.category === category);
        if (rules.length === 0) return null;
        return (
          <fieldset key={category} class="rules" data-category={category}>
            <legend>{t(`optionsCategory_${category}`)}</legend>
            {rules.map((rule) => (
              <div key={rule.id} class="rule" data-rule-row={rule.id}>
                <input
                  type="checkbox"
                  id={`rule-${rule.id}`}
                  data-rule-toggle={rule.id}
                  checked={!off.has(rule.id)}
                  disabled={switchesLocked}
                  onChange={(e) => toggle(rule.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <label for={`rule-${rule.id}`} class="rule__text">
                  <span class="rule__name">{rule.description}</span>
                  <span class="rule__meta">
                    {rule.id} ·{' '}
                    {rule.guidance.map((g) => (
                      <abbr key={g} title={GUIDANCE[g]}>
                        {g}{' '}
                      </abbr>
                    ))}
                  </span>
                </label>
                <select
                  aria-label={t('optionsSeverityFor', [rule.id])}
                  data-rule-severity={rule.id}
                  value={severity[rule.id] ?? ''}
                  disabled={severityLocked}
                  onChange={(e) => setSeverity(rule.id, (e.currentTarget as HTMLSelectElement).value)}
                >
                  <option value="">{t('optionsSeverityDefault', [severityLabel(rule).split('/').map((s) => t(`optionsSeverity_${s}`)).join(' / ')])}</option>
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {t(`optionsSeverity_${s}`)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        );
      })}
    </>
  );
}
