/**
 * Page furniture that Readability keeps inside the article: inline ad labels ("- Advertisement -"),
 * "Read More" links, share-button rows, newsletter prompts, "Related" lists. The rules are general
 * (what the block is made of), not a list of one site's strings.
 */
import type { SourcedBlock } from './blocks.ts';
import { visibleLength } from './whitespace.ts';

/** Words that on their own mark a block as furniture. */
const LABEL_WORDS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'advertisements', 'advertising', 'sponsored', 'promoted',
  'share', 'tweet', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest',
  'reddit', 'telegram', 'email', 'e-mail', 'print', 'subscribe', 'newsletter', 'newsletters',
  'read', 'related', 'recommended', 'comment', 'comments', 'reply', 'follow', 'like', 'sign',
  'login', 'log', 'register', 'cookie', 'cookies', 'continue', 'previous', 'next', 'tags',
  'latest', 'popular', 'trending', 'recent', 'permalink',
  // The same in the other languages of the product's pages.
  'anzeige', 'werbung', 'reklama', 'publicité', 'publicidad', 'pubblicità', 'drucken', 'drukuj', 'imprimer',
  'zurück', 'teilen', 'partager', 'compartir', 'condividi', 'weiterlesen', 'permalien',
]);

/** Words that only pad a label ("Share *this article on*", "Sign *up for our* newsletter"). */
const FILLER_WORDS = new Set([
  'a', 'also', 'and', 'article', 'articles', 'below', 'by', 'click', 'content', 'copy', 'for', 'free',
  'from', 'get', 'here', 'in', 'inbox', 'it', 'link', 'may', 'most', 'must', 'more', 'new', 'news', 'now',
  'of', 'on', 'or', 'our', 'page', 'post', 'posts', 'reading', 'see', 'stories', 'story', 'tab', 'the',
  'this', 'to', 'up', 'updates', 'us', 'via', 'window', 'with', 'x', 'you', 'your',
  'diesen', 'artikel', 'beitrag', 'cet', 'este', 'artículo',
]);

/** Labels are short: a real sentence made only of these words is rarer than a button row. */
const MAX_LABEL_WORDS = 10;

/**
 * A short, mostly-linked block whose unlinked text is a label is navigation: "Previous article: …",
 * "Related: …", "Read more: …". Link density alone is not enough: lists of linked items (bug
 * titles, "Learn more about X") are often the article's own content.
 */
const MAX_LINK_BLOCK_CHARS = 150;
const MIN_LINK_DENSITY = 0.5;

/** Runs of letters, digits and dashes: the text between the separators words are split at. */
const WORD_RUN = /[\p{L}\p{N}-]+/gu;

/** The lower-cased words of `text` (dashes at their ends dropped), one at a time. */
function* eachWord(text: string): Generator<string> {
  for (const match of text.toLowerCase().matchAll(WORD_RUN)) {
    const word = match[0].replace(/^-+|-+$/g, '');
    if (word !== '') yield word;
  }
}

function words(text: string): string[] {
  return Array.from(eachWord(text));
}

/** "- Advertisement -", "Read More", "Share this article", "Sign up for our newsletter". */
export function isFurnitureLabel(text: string): boolean {
  // Word by word, so that a paragraph of prose is ruled out at its first word that is no label or filler.
  let count = 0;
  let labels = 0;
  for (const word of eachWord(text)) {
    if (++count > MAX_LABEL_WORDS) return false;
    if (LABEL_WORDS.has(word)) labels++;
    else if (!FILLER_WORDS.has(word)) return false;
  }
  return labels > 0;
}

/** A short block that is mostly link text and whose other text is a label: a navigation entry. */
function isLabelledLink(sourced: SourcedBlock): boolean {
  const length = visibleLength(sourced.block.text);
  if (length === 0 || length > MAX_LINK_BLOCK_CHARS) return false;
  const linkShare = 1 - visibleLength(sourced.unlinked) / length;
  if (linkShare < MIN_LINK_DENSITY) return false;
  // The label may sit outside the link ("Related: <a>…</a>") or inside it ("<a>Related: …</a>").
  return isFurnitureLabel(sourced.unlinked) || startsWithLabel(sourced.block.text);
}

/** "Related: …", "Read more: …", "Previous article …": a label word, then at most two more label or filler words. */
function startsWithLabel(text: string): boolean {
  const colon = /^([^:]{1,30}):/.exec(text);
  if (colon) return isFurnitureLabel(colon[1]!);
  const list = words(text);
  if (!LABEL_WORDS.has(list[0] ?? '')) return false;
  const second = list[1] ?? '';
  return LABEL_WORDS.has(second) || FILLER_WORDS.has(second);
}

/** Credits and dates are short lines; a paragraph that mentions either is text. */
const MAX_CREDIT_CHARS = 120;
const MAX_DATE_CHARS = 40;

/** "© Noah Addis", "Foto: dpa", "(crédito: …)", "Crédits photos : …": an image's or a page's credit line. */
const CREDIT = /©|(^|\()(fotos?|bild|photos?|image|credits?|crédits?( photos?)?|crédito|titelbild|quelle)\s*:/iu;

/**
 * A date with at most a label ("16 marca 2021", "Stand: 05.02.2020", "opublikowano: 2021-04-29 17:13"): a
 * year standing alone, another number, few words. "gsoc-2018" in a table is a name, not a date, and
 * "^ King 2003, p. 41." a reference.
 */
function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_CHARS || text.startsWith('^') || !/(^|[\s.,/])(1[89]|20)\d\d($|[\s.,:;-])/u.test(text)) return false;
  return (text.match(/\d+/g) ?? []).length >= 2 && (text.match(/\p{L}{2,}/gu) ?? []).length <= 3;
}

/** True for a block that is page furniture rather than article text. */
export function isJunkBlock(sourced: SourcedBlock): boolean {
  const { text, kind } = sourced.block;
  if (isFurnitureLabel(text) || isLabelledLink(sourced)) return true;
  if (kind === 'heading') return false;
  const length = visibleLength(text);
  return (length <= MAX_CREDIT_CHARS && CREDIT.test(text)) || isDateLine(text);
}

/** Also drops a block with no letters or digits at all (separators such as "* * *" or "|"). */
export function dropJunk(blocks: SourcedBlock[]): SourcedBlock[] {
  return blocks.filter((sourced) => /[\p{L}\p{N}]/u.test(sourced.block.text) && !isJunkBlock(sourced));
}
