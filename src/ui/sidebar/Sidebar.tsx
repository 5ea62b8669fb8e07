// The sidebar: a header that always shows the profile, the counts and the settings; notices; whole-post notes;
// the findings grouped must fix / warnings / advice; or, collapsed, a small count badge.

import type { Account } from '../../core/index.ts';
import { SEVERITY_LABEL_KEYS, type Item, type Presented } from '../findings.ts';
import { t } from '../i18n.ts';
import { FindingCard, type CardActions } from './FindingCard.tsx';
import type { Dock, Placement } from './placement.ts';

export interface Notice {
  id: string;
  text: string;
  action?: { label: string; run(): void };
}

export interface SidebarProps extends CardActions {
  presented: Presented;
  mode: Placement['mode'];
  /** Why it is a badge: the user collapsed it, or there is no room beside the box. */
  reason?: Placement['reason'];
  expanded: ReadonlySet<string>;
  linkedKey: string | null;
  profile: { account: Account; handle: string };
  dock: Dock;
  notices: readonly Notice[];
  onToggleCollapsed(): void;
  onSwitchProfile(): void;
  onMove(): void;
  onOpenSettings(): void;
}

const GROUP_KEYS = { error: 'sidebarGroupError', warning: 'sidebarGroupWarning', info: 'sidebarGroupInfo' } as const;

export function summarise(p: Presented): string {
  if (p.total === 0) return t('sidebarNoProblems');
  return (['error', 'warning', 'info'] as const)
    .filter((s) => p.counts[s] > 0)
    .map((s) => `${t(SEVERITY_LABEL_KEYS[s])} ${p.counts[s]}`)
    .join(' · ');
}

export function Sidebar(props: SidebarProps) {
  const { presented, mode } = props;
  const summary = summarise(presented);
  const worst = presented.worst ?? 'ok';
  if (mode === 'badge') {
    return (
      <div class={`tab tab--${worst}`}>
        <button type="button" class="tab__button" aria-expanded="false" onClick={props.onToggleCollapsed}>
          <span aria-hidden="true">{presented.total}</span>
          <span class="visually-hidden">{t('sidebarBadgeLabel', [summary])}</span>
        </button>
        <div class="visually-hidden" role="status" aria-live="polite">
          {summary}
        </div>
      </div>
    );
  }
  const cardProps = (item: Item) => ({
    ...props,
    item,
    expanded: props.expanded.has(item.key),
    linked: props.linkedKey === item.key,
  });
  return (
    <aside class={`panel panel--${worst} panel--${mode}`} aria-label={t('sidebarLabel')}>
      <header class="panel__header">
        <div class="panel__titlebar">
          <h2 class="panel__title">{t('extName')}</h2>
          <p class="panel__summary">{summary}</p>
        </div>
        <div class="panel__tools">
          <button type="button" class={`chip chip--${props.profile.account}`} data-action="switch-profile" onClick={props.onSwitchProfile}>
            <span>{t(props.profile.account === 'official' ? 'sidebarProfileOfficial' : 'sidebarProfilePersonal')}</span>
            {props.profile.handle && <span class="chip__handle">@{props.profile.handle}</span>}
            <span class="visually-hidden">
              {t(props.profile.account === 'official' ? 'sidebarProfileSwitchToPersonal' : 'sidebarProfileSwitchToOfficial')}
            </span>
          </button>
          <button type="button" class="tool" data-action="settings" onClick={props.onOpenSettings}>
            {t('sidebarSettings')}
          </button>
          <button type="button" class="tool" data-action="move" onClick={props.onMove}>
            {t('sidebarMove')}
            <span class="visually-hidden"> {t('sidebarMoveNow', [t(`sidebarDock_${props.dock}`)])}</span>
          </button>
          <button type="button" class="tool" data-action="collapse" aria-expanded="true" onClick={props.onToggleCollapsed}>
            {t('sidebarHide')}
          </button>
        </div>
      </header>
      {/* Announced politely, so a screen reader hears the count change without losing its place. */}
      <div class="visually-hidden" role="status" aria-live="polite">
        {summary}
      </div>
      <div class="panel__body">
        {props.notices.map((n) => (
          <p key={n.id} class="notice" data-notice={n.id}>
            <span>{n.text}</span>
            {n.action && (
              <button type="button" class="action action--link" onClick={n.action.run}>
                {n.action.label}
              </button>
            )}
          </p>
        ))}
        {presented.notes.length > 0 && (
          <section class="group group--notes" aria-labelledby="group-notes">
            <h3 id="group-notes" class="group__title">
              {t('sidebarGroupNotes')} <span class="group__count">({presented.notes.length})</span>
            </h3>
            <ul class="cards">
              {presented.notes.map((item) => (
                <FindingCard key={item.key} {...cardProps(item)} note />
              ))}
            </ul>
          </section>
        )}
        {presented.groups.map((g) => (
          <section key={g.severity} class={`group group--${g.severity}`} aria-labelledby={`group-${g.severity}`}>
            <h3 id={`group-${g.severity}`} class="group__title">
              {t(GROUP_KEYS[g.severity])} <span class="group__count">({g.items.length})</span>
            </h3>
            <ul class="cards">
              {g.items.map((item) => (
                <FindingCard key={item.key} {...cardProps(item)} />
              ))}
            </ul>
          </section>
        ))}
        {presented.total === 0 && <p class="panel__empty">{t('sidebarEmpty')}</p>}
        <p class="panel__footer">{t('sidebarPrivacy')}</p>
      </div>
    </aside>
  );
}
