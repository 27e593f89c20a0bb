/** Painting highlights into the page, and the temporary flash used when jumping to a passage. */
export { paintHighlight, unpaint, recolor, marksOf, HIGHLIGHT_ATTRIBUTE, COLOR_ATTRIBUTE } from './paint.ts';
export { flash, scrollToRange, FLASH_MS } from './flash.ts';
export { ensureHighlightStyle } from './style.ts';
export { placeHighlights, type Placeable, type Placement } from './place.ts';
