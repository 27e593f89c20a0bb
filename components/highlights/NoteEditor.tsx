import { useState } from 'preact/hooks';

export interface NoteEditorProps {
  note: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** A labelled text area for a highlight's note; Ctrl/Cmd+Enter saves, Escape cancels. */
export function NoteEditor({ note, onSave, onCancel }: NoteEditorProps) {
  const [draft, setDraft] = useState(note);
  return (
    <form
      class="hl-note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <label class="hl-note-label">
        Note
        <textarea
          value={draft}
          rows={3}
          autoFocus
          onInput={(event) => setDraft((event.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancel();
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSave(draft);
          }}
        />
      </label>
      <div class="hl-actions">
        <button type="submit" class="hl-button hl-primary">
          Save note
        </button>
        <button type="button" class="hl-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
