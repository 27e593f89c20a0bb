/**
 * What a person would see, measured in the browser: whether a piece of text is on screen, on top and readable
 * (size, and contrast against what is behind it, by WCAG's formula), and whether a screenshot shows anything
 * (decoded by the browser's own PNG decoder, then counted pixel by pixel).
 */
import type { Locator, Page } from 'playwright-core';

export interface TextSeen {
  text: string;
  /** Some of its box is inside the viewport. */
  inViewport: boolean;
  /** The element at its box's centre is it or inside it, so nothing covers it. */
  onTop: boolean;
  fontPx: number;
  /** WCAG contrast ratio of its colour against the first opaque background behind it (1 to 21). */
  contrast: number;
}

/** WCAG AA for body text. */
export const READABLE_CONTRAST = 4.5;

export async function textSeen(locator: Locator): Promise<TextSeen> {
  // Playwright finds the element, then reads it: a re-render in between leaves it detached, with no styles to read
  // (every colour reads as the canvas's last one). The element that took its place is read instead.
  for (let attempt = 1; ; attempt++) {
    const { connected, ...seen } = await readText(locator);
    if (connected || attempt === 5) return seen;
  }
}

function readText(locator: Locator): Promise<TextSeen & { connected: boolean }> {
  return locator.evaluate((el) => {
    // Any CSS colour to [r, g, b, a] (0–255), as the browser paints it.
    const paint = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (colour: string): number[] => {
      paint.clearRect(0, 0, 1, 1);
      paint.fillStyle = colour;
      paint.fillRect(0, 0, 1, 1);
      return [...paint.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    let background = [255, 255, 255, 255];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3]! > 200) {
        background = colour;
        break;
      }
    }
    const style = getComputedStyle(el);
    const [l1, l2] = [luminance(rgba(style.color)), luminance(background)].sort((a, b) => b - a);
    const box = el.getBoundingClientRect();
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 8));
    return {
      connected: el.isConnected,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      inViewport: box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0 && box.left < innerWidth && box.right > 0,
      onTop: atCentre !== null && el.contains(atCentre),
      fontPx: parseFloat(style.fontSize),
      contrast: (l1! + 0.05) / (l2! + 0.05),
    };
  });
}

export interface ImageSeen {
  width: number;
  height: number;
  /** Distinct colours, counted up to 10,000. */
  colours: number;
  /** Mean relative luminance, 0 (black) to 1 (white). */
  meanLuminance: number;
  /** Standard deviation of the luminance: near 0 for a blank or single-colour image. */
  spread: number;
}

/** Decodes the PNG in `page` and measures its pixels. */
export function imageSeen(page: Page, png: Buffer): Promise<ImageSeen> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    let sum = 0;
    let squares = 0;
    const pixels = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      const l = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      sum += l;
      squares += l * l;
      if (colours.size < 10_000) colours.add((r << 16) | (g << 8) | b);
    }
    const mean = sum / pixels;
    return {
      width: bitmap.width,
      height: bitmap.height,
      colours: colours.size,
      meanLuminance: mean,
      spread: Math.sqrt(Math.max(0, squares / pixels - mean * mean)),
    };
  }, png.toString('base64'));
}
