// The password input of the sign-in and lock screens, tied to the form's error for screen readers.
import type { RefObject } from 'react';

type Props = { id: string; label: string; value: string; onChange: (value: string) => void; errorId?: string | undefined; inputRef?: RefObject<HTMLInputElement | null>; autoFocus?: boolean };

export function PasswordField({ id, label, value, onChange, errorId, inputRef, autoFocus }: Props) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        name={id}
        className="input"
        type="password"
        autoComplete="current-password"
        autoFocus={autoFocus}
        aria-required
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
