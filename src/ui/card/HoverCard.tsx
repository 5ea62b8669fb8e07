// The small card that opens beside underlined words (hover, click or caret): what is wrong, what to write, and the actions.

import { cleanSuggestion, SEVERITY_LABEL_KEYS, type Item } from '../findings.ts';
import { t } from '../i18n.ts';

export interface HoverCardProps {
  item: Item;
  canIgnoreAlways: boolean;
  onApply(item: Item): void;
  onIgnore(item: Item): void;
  onIgnoreAlways(item: Item): void;
  onDetails(item: Item): void;
  onOpenRule(rule: string): void;
  onPointer(inside: boolean): void;
}

export function HoverCard(props: HoverCardProps) {
  const { item } = props;
  const f = item.finding;
  const suggestion = cleanSuggestion(f.suggestion);
  return (
    <div
      class={`hover hover--${f.severity}`}
      role="dialog"
      aria-label={t('sidebarCardLabel', [t(SEVERITY_LABEL_KEYS[f.severity])])}
      data-rule={f.rule}
      data-key={item.key}
      onMouseEnter={() => props.onPointer(true)}
      onMouseLeave={() => props.onPointer(false)}
    >
      <p class="hover__head">
        <span class={`sev sev--${f.severity}`}>{t(SEVERITY_LABEL_KEYS[f.severity])}</span>
        <span class="hover__category">{t(`sidebarCategory_${f.category}`)}</span>
      </p>
      <p class="hover__message">{f.message}</p>
      {suggestion && (
        <p class="hover__suggestion">
          <strong>{t('sidebarSuggestionLabel')}</strong> {suggestion}
        </p>
      )}
      <div class="hover__actions">
        {f.fix && (
          <button type="button" class="action action--primary" data-action="apply" onClick={() => props.onApply(item)}>
            {f.fix.text ? t('sidebarApplyFix', [f.fix.text.length > 30 ? `${f.fix.text.slice(0, 29)}…` : f.fix.text]) : t('sidebarApplyRemove')}
          </button>
        )}
        <button type="button" class="action" data-action="ignore" onClick={() => props.onIgnore(item)}>
          {t('sidebarIgnoreOnce')}
        </button>
        {props.canIgnoreAlways && (
          <button type="button" class="action" data-action="ignore-always" onClick={() => props.onIgnoreAlways(item)}>
            {t('sidebarIgnoreAlways')}
          </button>
        )}
        <button type="button" class="action action--link" data-action="details" onClick={() => props.onDetails(item)}>
          {t('sidebarCardDetails')}
        </button>
        <button type="button" class="action action--link" data-action="rule" onClick={() => props.onOpenRule(f.rule)}>
          {t('sidebarAboutRule')}
        </button>
      </div>
    </div>
  );
}
