// A switch for every rule, grouped by category, with the guidance lines each one enforces.

import { CATEGORIES, GUIDANCE, RULES, severityLabel } from '../core/index.ts';

interface Props {
  disabled: string[];
  locked: boolean;
  onChange(disabled: string[]): void;
}

export function RuleList({ disabled, locked, onChange }: Props) {
  const off = new Set(disabled);
  const toggle = (id: string, enabled: boolean) => {
    const next = new Set(off);
    if (enabled) next.delete(id);
    else next.add(id);
    onChange([...next].sort());
  };
  return (
    <>
      {CATEGORIES.map((category) => {
        const rules = RULES.filter((r) => r.category === category);
        if (rules.length === 0) return null;
        return (
          <fieldset key={category} class="rules" disabled={locked}>
            <legend>{category.charAt(0).toUpperCase() + category.slice(1)}</legend>
            {rules.map((rule) => (
              <label key={rule.id} class="rule">
                <input
                  type="checkbox"
                  data-rule-toggle={rule.id}
                  checked={!off.has(rule.id)}
                  onChange={(e) => toggle(rule.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>
                  <span class="rule__name">{rule.description}</span>
                  <span class="rule__meta">
                    {rule.id} · {severityLabel(rule)} ·{' '}
                    {rule.guidance.map((g) => (
                      <abbr key={g} title={GUIDANCE[g]}>
                        {g}{' '}
                      </abbr>
                    ))}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </>
  );
}
