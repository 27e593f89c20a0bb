export interface AutoShowToggleProps {
  /** null while the current state is being read. */
  on: boolean | null;
  /** False where the browser cannot register content scripts. */
  supported: boolean;
  busy: boolean;
  /** The outcome of the last switch (e.g. the permission was refused). */
  message: { kind: 'info' | 'error'; text: string } | null;
  onChange: (on: boolean) => void;
}

/** The opt-in "Show my highlights automatically" setting, with what switching it on asks for. */
export function AutoShowToggle({ on, supported, busy, message, onChange }: AutoShowToggleProps) {
  if (!supported) {
    return <p class="auto-show-note">This browser cannot show highlights automatically; open Precis on a page to see them.</p>;
  }
  return (
    <div class="auto-show">
      <label class="auto-show-label">
        <input
          type="checkbox"
          checked={on === true}
          disabled={on === null || busy}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        Show my highlights automatically
      </label>
      <p class="auto-show-note">
        Paints saved highlights as pages load. Asks for access to all sites; switching off gives it back.
      </p>
      {message && (
        <p class={`auto-show-message auto-show-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
