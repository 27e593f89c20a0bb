/**
 * Whether a question label split across elements goes on to its punctuation: `<b>Q</b>: Why?` is a
 * label, while the "D" of `<a>D</a>ata` or a lone initial in a menu is not. The Q/A text reader needs
 * the label's punctuation on the label's own line, so the text that follows is read the way the page's
 * blocks read it: what never renders is passed over, and a `<br>` or a block boundary ends the line.
 */
import { afterQuestionLabel } from './labels.ts';
import { BLOCK_TAGS, collapseSpace, isSkipped, tagOf } from './text.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** What may stand between a label and its punctuation: spaces, and a number ("Q1:"). */
const BETWEEN = /^[\s\u200b\ufeff\d]*/;
/** Every mark a label may end with ("Q:", "Q.", "Q)", "问："). */
const LABEL_PUNCTUATION = /^[:：.．)）]/;

function endsLine(el: Element): boolean {
  const tag = tagOf(el);
  return tag === 'BR' || BLOCK_TAGS.has(tag);
}

/** The node after `node` in document order outside it, or null at a line's end (or the document's). */
function nextOutside(node: Node): Node | null {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
    const parent = current.parentNode;
    if (!parent || parent.nodeType !== ELEMENT_NODE || endsLine(parent as Element)) return null;
  }
  return null;
}

/** True when the text after `node`, on the same line, opens with a label's punctuation. */
function punctuationFollows(node: Node): boolean {
  let next = nextOutside(node);
  while (next) {
    if (next.nodeType === TEXT_NODE) {
      const text = next.nodeValue ?? '';
      const rest = text.slice((BETWEEN.exec(text)?.[0] ?? '').length);
      if (rest !== '') return LABEL_PUNCTUATION.test(rest);
      next = nextOutside(next);
    } else if (next.nodeType === ELEMENT_NODE) {
      const el = next as Element;
      if (endsLine(el)) return false;
      next = isSkipped(el) ? nextOutside(el) : (el.firstChild ?? nextOutside(el));
    } else {
      next = nextOutside(next);
    }
  }
  return false;
}

/**
 * For a text node that opens with a question label (`startsWithQuestionLabel`): true when the label
 * is whole in it ("Q: Why?", "Q1."), or its punctuation follows on the same line. Looser than the
 * reader: a label that is not at the start of its line still counts.
 */
export function labelGoesOn(node: Node): boolean {
  return afterQuestionLabel(collapseSpace(node.nodeValue ?? '')) !== null || punctuationFollows(node);
}
