/**
 * The highlight colours a reader can pick. Each is a translucent fill plus a solid underline, so
 * the page's own text colour stays readable on light and dark pages alike.
 */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const DEFAULT_COLOR: HighlightColor = 'yellow';

/** [red, green, blue] of each colour; the fill uses it at 40 % opacity, the underline opaque. */
export const COLOR_RGB: Record<HighlightColor, readonly [number, number, number]> = {
  yellow: [255, 212, 0],
  green: [64, 200, 96],
  blue: [64, 156, 255],
  pink: [255, 96, 168],
  purple: [168, 112, 255],
};

/** Names shown to the reader (color picker labels). */
export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}
