/**
 * One linear pass over the original page that gathers everything extraction asks of it before and
 * after Readability: its size and depth (the budget), whether it has any text, the nodes the
 * "is it an article?" test scores, and the elements metadata is read from (meta tags, JSON-LD,
 * `<time datetime>`, the first `<title>` and `<h1>`). Each of those would otherwise be a walk of
 * its own over the whole document, and on a DOM without a native selector engine, a slow one.
 */
import { HARD_MAX_ELEMS } from './budget.ts';
import { tagOf } from './dom-text.ts';
import { type NodeVisitor, walkDocument } from './page-walk.ts';

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
 * `also` reads the page in the same pass, seeing what `walkDocument` would show it; when the survey
 * stops early, it has seen only part of the page.
 */
export function surveyPage(doc: Document, stopAt = HARD_MAX_ELEMS, also?: NodeVisitor): PageSurvey {
  const survey = emptySurvey();
  // Nothing to walk; some DOMs also throw on `body` without a document element.
  if (!doc.documentElement) return survey;
  const body = doc.body;
  const divsWithBreaks = new Set<Element>();
  // The body's depth while the walk is inside it, else -1: the first node no deeper than it is past it.
  let bodyDepth = -1;
  const leaveBodyAt = (depth: number) => {
    if (depth <= bodyDepth) bodyDepth = -1;
  };
  let bodyText = false;
  let anyText = false;
  // Whether the children at each depth have a code element as their parent; set on the way down.
  const codeParent: boolean[] = [false, false];
  walkDocument(doc, {
    text(node, depth) {
      leaveBodyAt(depth);
      const value = node.nodeValue ?? '';
      if (!codeParent[depth]) survey.textChars += value.length;
      if (!bodyText && LETTER_OR_DIGIT.test(value)) {
        anyText = true;
        bodyText = bodyDepth >= 0;
      }
      also?.text(node, depth);
    },
    element(el, depth) {
      if (++survey.elements > stopAt) {
        survey.stopped = true;
        return false;
      }
      leaveBodyAt(depth);
      if (depth > survey.maxDepth) survey.maxDepth = depth;
      if (el === body) bodyDepth = depth;
      const tag = tagOf(el);
      noteElement(el, tag, survey, divsWithBreaks);
      also?.element(el, depth);
      codeParent[depth + 1] = CODE_TAGS.has(tag);
    },
  });
  if (survey.stopped) return survey;
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
