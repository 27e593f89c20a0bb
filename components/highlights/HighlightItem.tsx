import { useState } from 'preact/hooks';
import type { HighlightColor } from '../../lib/highlights/colors.ts';
import type { Highlight } from '../../lib/highlights/record.ts';
import { ColorPicker } from './ColorPicker.tsx';
import { NoteEditor } from './NoteEditor.tsx';

export interface HighlightItemProps {
  highlight: Highlight;
  /** True on the current page when the text could not be found again. */
  orphan: boolean;
  /** True when the highlight belongs to the page in the current tab (it can be jumped to). */
  onThisPage: boolean;
  /** Shows the page title, in the "all pages" list. */
  showPage: boolean;
  onJump: (highlight: Highlight) => void;
  onNoteChange: (id: string, note: string) => void;
  onColorChange: (id: string, color: HighlightColor) => void;
  onDelete: (highlight: Highlight) => void;
}

/** One saved highlight: its text, note, colour, and the actions on it. */
export function HighlightItem(props: HighlightItemProps) {
  const { highlight: h, orphan, onThisPage, showPage } = props;
  const [editing, setEditing] = useState(false);
  return (
    <li class={`hl-item hl-item-${h.color}${orphan ? ' hl-orphan' : ''}`} data-testid="highlight" data-highlight-id={h.id}>
      {showPage && (
        <a class="hl-page" href={h.url} target="_blank" rel="noopener noreferrer">
          {h.title || h.url}
        </a>
      )}
      <blockquote class="hl-quote">{h.exact}</blockquote>
      {orphan && (
        <p class="hl-orphan-note" role="note">
          Could not be placed on this page
        </p>
      )}
      {editing ? (
        <NoteEditor
          note={h.note}
          onCancel={() => setEditing(false)}
          onSave={(note) => {
            setEditing(false);
            if (note !== h.note) props.onNoteChange(h.id, note);
          }}
        />
      ) : (
        h.note && <p class="hl-note">{h.note}</p>
      )}
      <div class="hl-actions">
        {onThisPage && !orphan && (
          <button type="button" class="hl-button" onClick={() => props.onJump(h)}>
            Jump to passage
          </button>
        )}
        {!editing && (
          <button type="button" class="hl-button" onClick={() => setEditing(true)}>
            {h.note ? 'Edit note' : 'Add note'}
          </button>
        )}
        <ColorPicker name={`hl-color-${h.id}`} value={h.color} onChange={(color) => props.onColorChange(h.id, color)} />
        <button type="button" class="hl-button hl-danger" aria-label={`Delete highlight: ${h.exact.slice(0, 60)}`} onClick={() => props.onDelete(h)}>
          Delete
        </button>
      </div>
    </li>
  );
}
