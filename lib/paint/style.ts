/**
 * The one stylesheet for painted highlights, injected once per document. Rules are keyed on our
 * attributes, prefixed with `html` for specificity and marked `!important`, so page CSS that hides,
 * recolours or restyles `<mark>` cannot hide a reader's highlights.
 */
import { COLOR_RGB, HIGHLIGHT_COLORS } from '../highlights/colors.ts';

export const STYLE_ATTRIBUTE = 'data-precis-style';
/** Name of the CSS Custom Highlight used by flash(). */
export const FLASH_HIGHLIGHT = 'precis-flash';

function rules(): string {
  const base = `html mark[data-precis-highlight] {
  display: inline !important; visibility: visible !important; opacity: 1 !important;
  color: inherit !important; font: inherit !important; padding: 0 !important; margin: 0 !important;
  border: 0 !important; border-radius: 0 !important; text-decoration: none !important;
  box-shadow: none !important; cursor: inherit !important;
}`;
  const colors = HIGHLIGHT_COLORS.map((name) => {
    const [r, g, b] = COLOR_RGB[name];
    return `html mark[data-precis-highlight][data-precis-color="${name}"] {
  background-color: rgba(${r}, ${g}, ${b}, 0.4) !important;
  border-bottom: 2px solid rgb(${r}, ${g}, ${b}) !important;
}`;
  });
  const flash = `html mark[data-precis-flash] {
  background-color: rgba(255, 140, 0, 0.55) !important; outline: 2px solid rgb(255, 140, 0) !important;
}
::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 140, 0, 0.55); color: inherit; }`;
  return [base, ...colors, flash].join('\n');
}

/** Adds the stylesheet to the document unless it is there already. */
export function ensureHighlightStyle(doc: Document): void {
  if (doc.querySelector(`style[${STYLE_ATTRIBUTE}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  style.setAttribute('data-precis-ui', '');
  style.textContent = rules();
  (doc.head ?? doc.documentElement).appendChild(style);
}
