// The sidebar beside the compose box: a summary, the findings, and a live region for screen readers.

import type { Finding } from '../../core/index.ts';
import { FindingItem } from './FindingItem.tsx';

export interface SidebarProps {
  findings: Finding[];
  text: string;
  collapsed: boolean;
  selected: Finding | null;
  notice: string;
  onToggle(): void;
  onSelect(finding: Finding): void;
  onDismiss(finding: Finding): void;
  onOpenSettings(): void;
}

export function summarise(findings: Finding[]): string {
  if (findings.length === 0) return 'No problems found';
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const parts = [
    [count('error'), 'must fix'],
    [count('warning'), 'warning'],
    [count('info'), 'advice'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}${n > 1 && label === 'warning' ? 's' : ''}`)
    .join(', ');
}

export function Sidebar(props: SidebarProps) {
  const { findings, text, collapsed, selected } = props;
  const summary = summarise(findings);
  const worst = findings.find((f) => f.severity === 'error') ? 'error' : findings.find((f) => f.severity === 'warning') ? 'warning' : 'ok';
  return (
    <aside class={`panel panel--${worst}`} aria-label="Civil Post guidance check">
      <header class="panel__header">
        <button type="button" class="panel__toggle" aria-expanded={!collapsed} onClick={props.onToggle}>
          <span class="panel__title">Civil Post</span>
          <span class="panel__summary">{summary}</span>
        </button>
      </header>
      {/* Announced politely, so a screen reader hears the count change without losing its place. */}
      <div class="visually-hidden" role="status" aria-live="polite">
        {summary}
      </div>
      {!collapsed && (
        <div class="panel__body">
          {props.notice && <p class="panel__notice">{props.notice}</p>}
          {findings.length > 0 ? (
            <ul class="findings">
              {findings.map((f) => (
                <FindingItem
                  key={`${f.rule}:${f.start}:${f.end}`}
                  finding={f}
                  words={text.slice(f.start, f.end)}
                  selected={selected === f}
                  onSelect={props.onSelect}
                  onDismiss={props.onDismiss}
                />
              ))}
            </ul>
          ) : (
            <p class="panel__empty">Nothing in this draft goes against the guidance Civil Post checks.</p>
          )}
          <footer class="panel__footer">
            <span>Checked on this device; nothing you type is sent anywhere.</span>
            <button type="button" class="link" onClick={props.onOpenSettings}>
              Settings
            </button>
          </footer>
        </div>
      )}
    </aside>
  );
}
