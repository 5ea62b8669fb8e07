// One finding in the sidebar: the flagged words, why, what to write instead, and the guidance it enforces.

import { GUIDANCE, type Finding } from '../../core/index.ts';

const SEVERITY_LABEL = { error: 'Must fix', warning: 'Warning', info: 'Advice' } as const;

interface Props {
  finding: Finding;
  words: string;
  selected: boolean;
  onSelect(finding: Finding): void;
  onDismiss(finding: Finding): void;
}

export function FindingItem({ finding, words, selected, onSelect, onDismiss }: Props) {
  const guidance = finding.guidance.split(/,\s*/).filter(Boolean);
  return (
    <li
      class={`finding finding--${finding.severity}${selected ? ' finding--selected' : ''}`}
      data-rule={finding.rule}
      data-category={finding.category}
      data-severity={finding.severity}
      data-start={finding.start}
      data-end={finding.end}
    >
      <button type="button" class="finding__main" aria-pressed={selected} onClick={() => onSelect(finding)}>
        <span class="finding__meta">
          <span class={`badge badge--${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
          <span class="finding__category">{finding.category}</span>
        </span>
        <q class="finding__words">{words.length > 80 ? `${words.slice(0, 77)}…` : words}</q>
        <span class="finding__message">{finding.message}</span>
        {finding.suggestion && <span class="finding__suggestion">Try: {finding.suggestion}</span>}
      </button>
      <p class="finding__guidance">
        {guidance.map((id) => (
          <span key={id} title={GUIDANCE[id as keyof typeof GUIDANCE] ?? ''}>
            <strong>{id}</strong> {GUIDANCE[id as keyof typeof GUIDANCE] ?? ''}{' '}
          </span>
        ))}
      </p>
      <button type="button" class="finding__dismiss" onClick={() => onDismiss(finding)} aria-label={`Dismiss this ${finding.category} finding for this post`}>
        Dismiss
      </button>
    </li>
  );
}
