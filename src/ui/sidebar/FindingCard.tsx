// One finding as a compact card (severity label, the words, one line) that expands to the message, the
// suggestion, the guidance and the actions: apply the fix, ignore once or always, read about the rule.

import { GUIDANCE } from '../../core/index.ts';
import { cleanSuggestion, guidanceIds, SEVERITY_LABEL_KEYS, type Item } from '../findings.ts';
import { t } from '../i18n.ts';

export interface CardActions {
  onToggle(item: Item): void;
  onSelect(item: Item): void;
  onHover(item: Item | null): void;
  onApply(item: Item): void;
  onIgnore(item: Item): void;
  onIgnoreAlways(item: Item): void;
  canIgnoreAlways(item: Item): boolean;
  onOpenRule(rule: string): void;
}

interface Props extends CardActions {
  item: Item;
  expanded: boolean;
  linked: boolean;
  /** Whole-post findings are notes: no words to quote. */
  note?: boolean;
}

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function FindingCard(props: Props) {
  const { item, expanded, linked, note } = props;
  const f = item.finding;
  const id = `details-${item.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const suggestion = cleanSuggestion(f.suggestion);
  return (
    <li
      class={`card card--${f.severity}${linked ? ' card--linked' : ''}${note ? ' card--note' : ''}`}
      data-rule={f.rule}
      data-category={f.category}
      data-severity={f.severity}
      data-start={f.start}
      data-end={f.end}
      data-key={item.key}
      onMouseEnter={() => props.onHover(item)}
      onMouseLeave={() => props.onHover(null)}
    >
      <button
        type="button"
        class="card__summary"
        aria-expanded={expanded}
        aria-controls={id}
        onClick={() => {
          props.onToggle(item);
          if (!note) props.onSelect(item);
        }}
        onFocus={() => props.onHover(item)}
        onBlur={() => props.onHover(null)}
      >
        <span class={`sev sev--${f.severity}`}>{t(SEVERITY_LABEL_KEYS[f.severity])}</span>
        {!note && <span class="card__words">“{shorten(item.words.replace(/\s+/g, ' '), 60)}”</span>}
        <span class={`card__line${expanded ? ' card__line--open' : ''}`}>{f.message}</span>
      </button>
      {expanded && (
        <div class="card__details" id={id}>
          {suggestion && (
            <p class="card__suggestion">
              <strong>{t('sidebarSuggestionLabel')}</strong> {suggestion}
            </p>
          )}
          <ul class="card__guidance" aria-label={t('sidebarGuidanceLabel')}>
            {guidanceIds(f).map((g) => (
              <li key={g}>
                <strong>{g}</strong> {GUIDANCE[g as keyof typeof GUIDANCE] ?? ''}
              </li>
            ))}
          </ul>
          <div class="card__actions">
            {f.fix && (
              <button type="button" class="action action--primary" data-action="apply" onClick={() => props.onApply(item)}>
                {f.fix.text ? t('sidebarApplyFix', [shorten(f.fix.text, 40)]) : t('sidebarApplyRemove')}
              </button>
            )}
            <button type="button" class="action" data-action="ignore" onClick={() => props.onIgnore(item)}>
              {t('sidebarIgnoreOnce')}
            </button>
            {props.canIgnoreAlways(item) && (
              <button type="button" class="action" data-action="ignore-always" onClick={() => props.onIgnoreAlways(item)}>
                {t('sidebarIgnoreAlways')}
              </button>
            )}
            <button type="button" class="action action--link" data-action="rule" onClick={() => props.onOpenRule(f.rule)}>
              {t('sidebarAboutRule')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
