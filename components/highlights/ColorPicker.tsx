import { COLOR_LABELS, HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/highlights/colors.ts';

export interface ColorPickerProps {
  /** Names the radio group, so several pickers on one page stay separate. */
  name: string;
  value: HighlightColor;
  onChange: (color: HighlightColor) => void;
}

/**
 * Highlight colours as a radio group: arrow keys move between colours, each swatch has its
 * colour's name as label for screen readers.
 */
export function ColorPicker({ name, value, onChange }: ColorPickerProps) {
  return (
    <fieldset class="hl-colors">
      <legend class="hl-visually-hidden">Highlight colour</legend>
      {HIGHLIGHT_COLORS.map((color) => (
        <label key={color} class="hl-color" title={COLOR_LABELS[color]}>
          <input
            type="radio"
            name={name}
            value={color}
            checked={color === value}
            aria-label={COLOR_LABELS[color]}
            onChange={() => onChange(color)}
          />
          <span class={`hl-swatch hl-swatch-${color}`} aria-hidden="true" />
        </label>
      ))}
    </fieldset>
  );
}
