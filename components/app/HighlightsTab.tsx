/**
 * The side panel's Highlights tab: the "show automatically" setting, "Save selection" for text selected in the
 * page, and the highlights list (components/highlights) wired to the app's highlight state.
 */
import { useEffect, useState } from 'preact/hooks';
import type { HighlightServices, SyncServices } from '../../lib/platform/ui/service-types.ts';
import { SyncPanel } from '../sync/SyncPanel.tsx';
import { AutoShowToggle } from '../AutoShowToggle.tsx';
import { HighlightsView } from '../highlights/index.ts';
import type { HighlightsModel, HighlightsMessage } from './use-highlights.ts';

export interface HighlightsTabProps {
  services: HighlightServices;
  model: HighlightsModel;
  currentUrl: string | null;
  /** The Sync section, where the app offers it (the side panel). */
  sync?: SyncServices;
}

export function HighlightsTab({ services, model, currentUrl, sync }: HighlightsTabProps) {
  const autoShow = useAutoShow(services);
  return (
    <div class="highlights-tab">
      <div class="highlights-actions">
        <button type="button" class="button" onClick={model.saveSelection} disabled={currentUrl === null}>
          Save selection
        </button>
        <AutoShowToggle
          on={autoShow.on}
          supported={autoShow.supported}
          busy={autoShow.busy}
          message={autoShow.message}
          onChange={autoShow.set}
        />
      </div>
      <HighlightsView
        highlights={model.highlights}
        currentUrl={currentUrl}
        orphanIds={model.orphanIds}
        undoable={model.undoable}
        message={model.message}
        onJump={model.jump}
        onNoteChange={model.changeNote}
        onColorChange={model.changeColor}
        onDelete={model.remove}
        onUndo={model.undo}
        onExport={model.exportAs}
        onImport={model.importText}
      />
      {sync && <SyncPanel services={sync} />}
    </div>
  );
}

function useAutoShow(services: HighlightServices) {
  const [on, setOn] = useState<boolean | null>(null);
  const [supported, setSupported] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<HighlightsMessage | null>(null);

  useEffect(() => {
    void services.autoShowState().then(
      (state) => {
        setOn(state.on);
        setSupported(state.supported);
      },
      () => setSupported(false),
    );
  }, [services]);

  const set = (next: boolean) => {
    setBusy(true);
    // Called inside the click: the permission prompt needs the reader's gesture.
    void services.setAutoShow(next).then((result) => {
      setBusy(false);
      if (result.ok) {
        setOn(result.value);
        setMessage({ kind: 'info', text: result.value ? 'Saved highlights now appear as pages load.' : 'Highlights appear only when you open Precis.' });
      } else {
        setMessage({ kind: 'error', text: result.error.message });
      }
    });
  };
  return { on, supported, busy, message, set };
}
