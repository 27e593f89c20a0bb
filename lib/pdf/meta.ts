/** The article's metadata from the PDF's information dictionary, with the page's own title as the fallback. */
import type { ArticleMeta } from '../types.ts';
import type { PdfBlock, PdfInfo } from './types.ts';

/** Titles that producers write for the user: a file name, an application's label, a placeholder. */
const JUNK_TITLE = /^(?:untitled|title|document\d*|microsoft word\s*-.*|.*\.(?:docx?|pdf|tex|dvi|ps|indd|odt|rtf))$/i;

/** "D:20240131120000+01'00'" as ISO 8601 (UTC), or null. */
export function pdfDate(raw: string | null): string | null {
  const match = raw && /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(raw);
  if (!match) return null;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', zone] = match;
  const offset = !zone || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function fileName(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return url;
  }
}

export function pdfMeta(info: PdfInfo, blocks: PdfBlock[], url: string): ArticleMeta {
  const heading = blocks.find((block) => block.kind === 'heading');
  const title = info.title && !JUNK_TITLE.test(info.title) ? info.title : (heading?.text ?? fileName(url));
  const excerpt = blocks.find((block) => block.kind === 'paragraph' && block.text.length > 80)?.text ?? null;
  return {
    title,
    byline: info.author,
    siteName: null,
    lang: info.lang,
    dir: null,
    publishedTime: pdfDate(info.creationDate),
    excerpt: excerpt && excerpt.length > 300 ? `${excerpt.slice(0, excerpt.lastIndexOf(' ', 300))}…` : excerpt,
  };
}
