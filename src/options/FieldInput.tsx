// One profile setting as a form control, chosen by the field's kind in the schema.

import type { Field } from '../core/settings.ts';

interface Props {
  name: string;
  field: Field;
  value: unknown;
  locked: boolean;
  onChange(value: unknown): void;
}

export function FieldInput({ name, field, value, locked, onChange }: Props) {
  const id = `field-${name}`;
  const help = <p class="help" id={`${id}-help`}>{field.help}{locked ? ' (Set by your administrator.)' : ''}</p>;
  if (field.kind === 'choice') {
    return (
      <fieldset class="field" disabled={locked} aria-describedby={`${id}-help`}>
        <legend>{field.label}</legend>
        {help}
        {field.choices.map((choice) => (
          <label key={choice} class="choice">
            <input type="radio" name={name} value={choice} data-setting={name} checked={value === choice} onChange={() => onChange(choice)} />
            {choice.charAt(0).toUpperCase() + choice.slice(1)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (field.kind === 'text') {
    return (
      <div class="field">
        <label for={id}>{field.label}</label>
        {help}
        <input
          id={id}
          type="text"
          data-setting={name}
          maxLength={field.maxLength}
          value={String(value ?? '')}
          disabled={locked}
          aria-describedby={`${id}-help`}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    );
  }
  if (field.kind === 'list') {
    const lines = Array.isArray(value) ? (value as string[]).join('\n') : '';
    return (
      <div class="field">
        <label for={id}>{field.label}</label>
        {help}
        <textarea
          id={id}
          rows={4}
          data-setting={name}
          value={lines}
          disabled={locked}
          aria-describedby={`${id}-help`}
          onChange={(e) =>
            onChange(
              (e.currentTarget as HTMLTextAreaElement).value
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
        />
      </div>
    );
  }
  return null;
}
