import { useId, type ReactNode } from 'react';

/** A labelled one-line field; the label is the accessible name. */
export function TextField({
  label,
  value,
  onChange,
  type,
  placeholder,
  className,
  inputRef,
  onKeyDown,
  onBlur,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'url' | 'date' | 'datetime-local';
  placeholder?: string;
  className?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  onKeyDown?: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
}): ReactNode {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type={type ?? 'text'}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
    </div>
  );
}

/** Comma-separated words (tags) to a clean list and back. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * A schedule time such as `2021-10-28T14:30:00+02:00` shown in a
 * datetime-local input (which has no offset): the offset is kept aside and
 * put back on edit, so a conference's own zone survives.
 */
export function toLocalInput(value: string | undefined): string {
  return value ? value.slice(0, 16) : '';
}

export function fromLocalInput(input: string, original: string | undefined): string | undefined {
  if (!input) return undefined;
  const offset = /(Z|[+-]\d{2}:?\d{2})$/.exec(original ?? '')?.[1] ?? '';
  return `${input}${offset}`;
}
