/** The Sync section's state: the settings as typed, the switch, the status line, and what each button did. */
import { useEffect, useState } from 'preact/hooks';
import type { SyncServices } from '../../lib/platform/ui/service-types.ts';
import { EMPTY_SYNC_SETTINGS, type SyncSettings } from '../../lib/sync/settings.ts';
import { describeSyncStatus, IDLE_SYNC_STATUS, type SyncStatus } from '../../lib/sync/status.ts';
import type { SyncBusy, SyncSectionProps } from './SyncSection.tsx';

export function useSync(services: SyncServices): SyncSectionProps {
  const [draft, setDraft] = useState<SyncSettings>({ ...EMPTY_SYNC_SETTINGS });
  const [enabled, setEnabled] = useState(false);
  const [status, setStatus] = useState<SyncStatus>({ ...IDLE_SYNC_STATUS });
  const [busy, setBusy] = useState<SyncBusy>(null);
  const [message, setMessage] = useState<SyncSectionProps['message']>(null);
  // "5 minutes ago" must stay true while the panel is open.
  const [, setClock] = useState(0);

  useEffect(() => {
    void services.load().then((loaded) => {
      if (!loaded.ok) return setMessage({ kind: 'error', text: loaded.error.message });
      setDraft(loaded.value.settings);
      setEnabled(loaded.value.settings.enabled);
      setStatus(loaded.value.status);
    });
    const stop = services.watchStatus(setStatus);
    const timer = setInterval(() => setClock((n) => n + 1), 30_000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [services]);

  return {
    draft,
    enabled,
    status: describeSyncStatus(status, enabled),
    statusIsError: enabled && status.error !== null,
    reenter: status.error?.kind === 'auth' ? 'password' : status.error?.kind === 'passphrase' ? 'passphrase' : null,
    busy,
    message,
    onDraftChange: (patch) => setDraft((previous) => ({ ...previous, ...patch })),
    // Each of these calls the service straight from the click: a permission prompt needs the user's gesture.
    onTest: () => {
      setBusy('testing');
      setMessage(null);
      void services.test(draft).then((result) => {
        setBusy(null);
        setMessage(result.ok ? { kind: 'info', text: result.value } : { kind: 'error', text: result.error.message });
      });
    },
    onEnable: (on) => {
      setBusy('switching');
      setMessage(null);
      if (on) {
        void services.enable(draft).then((result) => {
          setBusy(null);
          if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
          setEnabled(true);
          setStatus(result.value);
        });
      } else {
        void services.disable().then((result) => {
          setBusy(null);
          if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
          setEnabled(false);
          setMessage({ kind: 'info', text: 'Sync is off, and Precis gave back its access to the server. Your highlights stay here.' });
        });
      }
    },
    onReenter: (value) => {
      const patch = status.error?.kind === 'passphrase' ? { passphrase: value } : { password: value };
      setBusy('syncing');
      setMessage(null);
      void services.reenter(patch).then((result) => {
        setBusy(null);
        if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
        setDraft((previous) => ({ ...previous, ...patch }));
        setStatus(result.value);
      });
    },
    onSyncNow: () => {
      setBusy('syncing');
      void services.syncNow().then((result) => {
        setBusy(null);
        if (result.ok) setStatus(result.value);
        else setMessage({ kind: 'error', text: result.error.message });
      });
    },
  };
}
