/**
 * One linear pass over the original page that gathers everything extraction asks of it before and
 * after Readability: its size and depth (the budget), whether it has any text, the nodes the
 * "is it an article?" test scores, and the elements metadata is read from (meta tags, JSON-LD,
 * `<time datetime>`, the first `<title>` and `<h1>`). Each of those would otherwise be a walk of
 * its own over the whole document, and on a DOM without a native selector engine, a slow one.
 */
import { HARD_MAX_ELEMS } from './budget.ts';
import { tagOf } from './dom-text.ts';

export interface PageSurvey {
  elements: number;
  maxDepth: number;
  /** True when counting stopped early at the element limit: the other fields are then partial. */
  stopped: boolean;
  /** Letters or digits somewhere in the text of the page's body (of the whole document when the body is empty). */
  hasText: boolean;
  /** Characters of text in the document, leaving out scripts, styles and templates. */
  textChars: number;
  /** `<p>`, `<pre>`, `<article>` and every `<div>` with a `<br>` child: what `isProbablyReaderable` scores. */
  readerableCandidates: Element[];
  /** `<meta>` elements, in document order. */
  metas: Element[];
  /** `<script type="application/ld+json">`, in document order. */
  jsonLdScripts: Element[];
  /** `<time datetime>`, in document order. */
  times: Element[];
  title: Element | null;
  h1: Element | null;
  /** h1–h6, in document order (heading recovery reads from them). */
  headings: Element[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Elements whose text is code or markup, not the page's text. */
const CODE_TAGS = new Set(['script', 'style', 'noscript', 'template']);
const READERABLE_TAGS = new Set(['p', 'pre', 'article']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** What the walk keeps while it runs: where the body's subtree starts and ends in document order. */
class BodyTracker {
  private bodyDepth = -1;
  inBody = false;

  constructor(private readonly body: Element | null) {}

  /** Called for every node, in document order, with its depth. */
  enter(node: Node, depth: number): void {
    if (this.inBody && depth <= this.bodyDepth) this.inBody = false;
    if (node === this.body) {
      this.inBody = true;
      this.bodyDepth = depth;
    }
  }
}

function emptySurvey(): PageSurvey {
  return {
    elements: 0,
    maxDepth: 0,
    stopped: false,
    hasText: false,
    textChars: 0,
    readerableCandidates: [],
    metas: [],
    jsonLdScripts: [],
    times: [],
    title: null,
    h1: null,
    headings: [],
  };
}

/** Records what one element contributes. */
function noteElement(el: Element, tag: string, survey: PageSurvey, divsWithBreaks: Set<Element>): void {
  if (HEADING_TAGS.has(tag)) {
    survey.headings.push(el);
    if (tag === 'h1') survey.h1 ??= el;
  } else if (READERABLE_TAGS.has(tag)) survey.readerableCandidates.push(el);
  else if (tag === 'br') {
    const parent = el.parentElement;
    if (parent && tagOf(parent) === 'div' && !divsWithBreaks.has(parent)) {
      divsWithBreaks.add(parent);
      survey.readerableCandidates.push(parent);
    }
  } else if (tag === 'meta') survey.metas.push(el);
  else if (tag === 'script') {
    // `type` values match in any case, as in a `script[type=…]` selector.
    if (el.getAttribute('type')?.toLowerCase() === 'application/ld+json') survey.jsonLdScripts.push(el);
  } else if (tag === 'time') {
    if (el.hasAttribute('datetime')) survey.times.push(el);
  } else if (tag === 'title') survey.title ??= el;
}

/**
 * Surveys `doc` in one pass, stopping (with `stopped`) once it has counted more than `stopAt` elements.
 * (`getElementsByTagName('*')` would be the cheap count in a browser, but linkedom answers 0 for it.)
 */
export function surveyPage(doc: Document, stopAt = HARD_MAX_ELEMS): PageSurvey {
  const survey = emptySurvey();
  const root = doc.documentElement;
  if (!root) return survey;
  const body = doc.body;
  const bodyTracker = new BodyTracker(body);
  const divsWithBreaks = new Set<Element>();
  let bodyText = false;
  let anyText = false;
  // Iterative, with depths beside the nodes, so deep pages cannot overflow the call stack.
  const nodes: Node[] = [root];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as Node;
    const depth = depths.pop() as number;
    bodyTracker.enter(node, depth);
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (!parent || !CODE_TAGS.has(tagOf(parent))) survey.textChars += (node.nodeValue ?? '').length;
      if (!bodyText && LETTER_OR_DIGIT.test(node.nodeValue ?? '')) {
        anyText = true;
        bodyText = bodyTracker.inBody;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (++survey.elements > stopAt) {
      survey.stopped = true;
      return survey;
    }
    if (depth > survey.maxDepth) survey.maxDepth = depth;
    noteElement(el, tagOf(el), survey, divsWithBreaks);
    // Last child first, so nodes come off the stack in document order.
    for (let child = el.lastChild; child; child = child.previousSibling) {
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
  // As `pageBody`: an empty body (broken markup) means the text is elsewhere in the document.
  survey.hasText = body && body.firstChild ? bodyText : anyText;
  return survey;
}

export interface PageSize {
  elements: number;
  maxDepth: number;
  /** True when counting stopped early at `stopAt`. */
  stopped: boolean;
}

/** The budget's part of the survey: elements and the deepest nesting. */
export function measurePage(doc: Document, stopAt = HARD_MAX_ELEMS): PageSize {
  const { elements, maxDepth, stopped } = surveyPage(doc, stopAt);
  return { elements, maxDepth, stopped };
}
