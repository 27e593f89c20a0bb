/**
 * The Sync section: the WebDAV folder, the account and the passphrase, "Test connection", the on/off switch,
 * "Sync now", and the status line (`data-testid="sync-status"`). It only renders; use-sync.ts holds the state.
 */
import { useState } from 'preact/hooks';
import type { SyncSettings } from '../../lib/sync/settings.ts';
import './sync.css';

export type SyncBusy = 'testing' | 'switching' | 'syncing' | null;

export interface SyncSectionProps {
  /** The settings as typed (not yet saved while sync is off). */
  draft: SyncSettings;
  /** Whether sync is switched on (saved). */
  enabled: boolean;
  /** The status line, in words. */
  status: string;
  statusIsError: boolean;
  busy: SyncBusy;
  /** The outcome of the last button (connection test, switch), or what is missing from the form. */
  message: { kind: 'info' | 'error'; text: string } | null;
  onDraftChange: (patch: Partial<SyncSettings>) => void;
  onTest: () => void;
  onEnable: (on: boolean) => void;
  onSyncNow: () => void;
  /**
   * Which secret the last sync found wrong (401/403: the app password; another passphrase), so the user can type
   * it again right here; null when nothing is asked.
   */
  reenter: 'password' | 'passphrase' | null;
  /** The secret typed again: saved, then synced with it. */
  onReenter: (value: string) => void;
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  type: 'url' | 'text' | 'password';
  hint?: string;
  autoComplete: string;
  disabled: boolean;
  onInput: (value: string) => void;
}

function Field({ id, label, value, type, hint, autoComplete, disabled, onInput }: FieldProps) {
  return (
    <div class="sync-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellcheck={false}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="sync-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export function SyncSection({ draft, enabled, status, statusIsError, busy, message, onDraftChange, onTest, onEnable, onSyncNow, reenter, onReenter }: SyncSectionProps) {
  // While sync is on the fields are locked: switching off first makes a change of server or passphrase deliberate.
  const locked = enabled || busy !== null;
  return (
    <section class="sync" aria-labelledby="sync-title">
      <h2 id="sync-title" class="sync-title">
        Sync across devices
      </h2>
      <p class="sync-hint">
        Through your own WebDAV storage (Nextcloud, ownCloud, a NAS…). Highlights are encrypted with your passphrase
        before they leave this browser; the server never sees their text, notes or pages.
      </p>
      <Field id="sync-url" label="Server address (WebDAV folder)" type="url" value={draft.serverUrl} autoComplete="url" disabled={locked}
        hint="For Nextcloud: https://your.cloud/remote.php/dav/files/USER/" onInput={(serverUrl) => onDraftChange({ serverUrl })} />
      <Field id="sync-user" label="User name" type="text" value={draft.username} autoComplete="username" disabled={locked}
        onInput={(username) => onDraftChange({ username })} />
      <Field id="sync-password" label="App password" type="password" value={draft.password} autoComplete="off" disabled={locked}
        hint="Make one for Precis on the server (Nextcloud: Settings → Security → Create new app password)." onInput={(password) => onDraftChange({ password })} />
      <Field id="sync-passphrase" label="Encryption passphrase" type="password" value={draft.passphrase} autoComplete="new-password" disabled={locked}
        hint="The same on every device. It never leaves this browser; without it the highlights on the server cannot be read."
        onInput={(passphrase) => onDraftChange({ passphrase })} />
      <div class="sync-actions">
        <button type="button" class="button" onClick={onTest} disabled={busy !== null}>
          {busy === 'testing' ? 'Testing…' : 'Test connection'}
        </button>
        <label class="sync-switch">
          <input
            type="checkbox"
            checked={enabled}
            disabled={busy !== null}
            onChange={(event) => onEnable((event.currentTarget as HTMLInputElement).checked)}
          />
          Sync highlights
        </label>
        <button type="button" class="button button-primary" onClick={onSyncNow} disabled={!enabled || busy !== null}>
          {busy === 'syncing' ? 'Syncing…' : 'Sync now'}
        </button>
      </div>
      {message && (
        <p class={`sync-message sync-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <p class={`sync-status${statusIsError ? ' sync-error' : ''}`} data-testid="sync-status" role="status" aria-live="polite">
        {status}
      </p>
      {enabled && reenter && <ReenterForm what={reenter} busy={busy !== null} onReenter={onReenter} />}
    </section>
  );
}

const REENTER_WORDS = {
  password: { label: 'App password', prompt: 'Enter the app password again (or a new one made on the server) and sync.' },
  passphrase: { label: 'Encryption passphrase', prompt: 'Enter the passphrase this sync folder was set up with and sync. Nothing was changed meanwhile.' },
} as const;

/**
 * Asks again, in place, for the secret the server or the folder refused, so a changed app password or a mistyped
 * passphrase does not mean switching sync off and on. A form, so Enter in the field sends it.
 */
function ReenterForm({ what, busy, onReenter }: { what: 'password' | 'passphrase'; busy: boolean; onReenter: (value: string) => void }) {
  const [value, setValue] = useState('');
  const words = REENTER_WORDS[what];
  return (
    <form
      class="sync-reenter"
      data-testid="sync-reenter"
      onSubmit={(event) => {
        event.preventDefault();
        if (value) onReenter(value);
      }}
    >
      <p id="sync-reenter-prompt" class="sync-hint">
        {words.prompt}
      </p>
      <div class="sync-field">
        <label for="sync-reenter-input">{words.label}</label>
        <input
          id="sync-reenter-input"
          type="password"
          value={value}
          autoComplete={what === 'password' ? 'current-password' : 'off'}
          spellcheck={false}
          aria-describedby="sync-reenter-prompt"
          onInput={(event) => setValue((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <button type="submit" class="button button-primary" disabled={busy || !value}>
        {busy ? 'Syncing…' : 'Save and sync'}
      </button>
    </form>
  );
}
