/**
 * One cheap pass over a page that says which FAQ readers could find anything on it, and hands the
 * widget readers the elements they start from. Most pages have no FAQ at all, and reading a page's
 * blocks costs far more than looking at its nodes once, so a reader runs only when the markup or text
 * it starts from is present; and since this pass already visits every element, the readers need not
 * query the page again (a selector query is itself a walk of the page, and a slow one on linkedom).
 * Every text test here is looser than the reader it guards: a signal may fire on a page without an
 * FAQ, never stay silent on one with an FAQ.
 */
import { headingLevel } from './blocks.ts';
import { isDisclosureTrigger, namedLikeEntryTitle, namesAccordion } from './accordion.ts';
import { namesFaq } from './context.ts';
import { isJsonLdScript } from './json-ld.ts';
import { labelGoesOn } from './label-ahead.ts';
import { startsWithQuestionLabel } from './labels.ts';
import { mayEndQuestion } from './question.ts';
import { tagOf } from './text.ts';
import { type NodeVisitor, walkDocument } from '../extract/page-walk.ts';

export interface FaqSignals {
  /** An `itemscope` item whose `itemtype` names a Question. */
  microdata: boolean;
  /** `<details>` elements, in document order. */
  details: Element[];
  /** `<dl>` elements, in document order. */
  definitionLists: Element[];
  /** Disclosure triggers (ARIA, Bootstrap): the accordion reader's first kind of entry, in document order. */
  disclosureTriggers: Element[];
  /** Elements named like an accordion entry's title near one named like an accordion, in document order. */
  entryTitles: Element[];
  /** Questions in headings or bold (two, three in bold, or one in an FAQ part), a "Q:" label, or an interview. */
  textForms: boolean;
  /** Some text could name an FAQ section ("FAQ", "Questions", "Q&A", …), so FAQ sections must be looked for. */
  faqNames: boolean;
  /** The page's JSON-LD scripts, in document order. */
  jsonLd: Element[];
  /** `<noscript>` elements, in document order (see noscript.ts). */
  noscripts: Element[];
}

const QUESTION_MARK = /[?？؟¿]/;

/** A bold label such as "TIME:" or "Smith:", the way interviews name their speakers (spaces as `collapseSpace` sees them). */
const ENDS_WITH_COLON = /[:：][\s\u200b]*$/;

/** The words every phrase `isFaqHeading` accepts is built on; matched loosely, anywhere in a text. */
const FAQ_WORDS =
  /faq|f\.\s?a\.|question|\bq\s?(?:&|and|\+|n)\s?a\b|[ｑＱ][＆&][ａＡ]|pregunta|fragen|foire|domande|pergunta|vragen|pytania|вопрос|sorular|frågor|spørsmål|spørgsmål|câu hỏi|thường gặp|pertanyaan|質問|問い合わせ|问|問|질문|أسئلة|الأسئلة|प्रश्न|ｆａｑ|ＦＡＱ/iu;

/** What the walk asks of an element's tag, worked out once per tag name. */
interface TagFacts {
  /** As `tagOf` gives it. */
  tag: string;
  /** Its text is code or style, never something a reader sees. */
  code: boolean;
  bold: boolean;
  /** 1–6 for h1–h6, else 0 (other elements may still be headings by their `role`). */
  headingLevel: number;
}

const HEADING_TAG_LEVELS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

/** By local name as the document gives it: one lookup per element instead of one per question asked. */
const tagFacts = new Map<string, TagFacts>();

function factsOf(el: Element): TagFacts {
  let facts = tagFacts.get(el.localName);
  if (facts === undefined) {
    const tag = tagOf(el);
    facts = {
      tag,
      code: tag === 'SCRIPT' || tag === 'STYLE',
      bold: tag === 'B' || tag === 'STRONG',
      headingLevel: HEADING_TAG_LEVELS[tag] ?? 0,
    };
    tagFacts.set(el.localName, facts);
  }
  return facts;
}

/** Where a node sits: bit flags carried down the walk. */
const IN_HEADING = 1;
const IN_BOLD = 2;
/** The parent, or the grandparent, is named like an accordion (what an entry title needs near it). */
const ACCORDION_PARENT = 4;
const ACCORDION_GRANDPARENT = 8;
/**
 * Inside a `<template>`: its text still counts as a signal, but its elements are not read, as the
 * readers' own queries would not find them (browsers keep a template's content apart from the
 * document, linkedom keeps it in place).
 */
const IN_TEMPLATE = 16;
/**
 * The level (1–6) of the outermost heading around a node, in these bits: the page's blocks read a heading
 * whole as one block of that heading's level (blocks.ts), so that is the level a question in it has.
 */
const HEADING_LEVEL_SHIFT = 5;
const HEADING_LEVEL_BITS = 7 << HEADING_LEVEL_SHIFT;
/** Only these flags reach a text node's checks. */
const TEXT_PLACE = IN_HEADING | IN_BOLD | HEADING_LEVEL_BITS;

/**
 * The fewest pieces of text each reader needs for one pair (see textForms below). A question is counted
 * by the text node its question mark ends (`mayEndQuestion`), and each of a reader's questions or
 * labels is its own block, so its own text node.
 */
/** Question headings of one level in a row (question-headings.ts: MIN_RUN), from h2 down. */
const MIN_HEADING_QUESTIONS = 2;
/** Bold questions in a row (question-headings.ts: MIN_BOLD_RUN). */
const MIN_BOLD_QUESTIONS = 3;
/**
 * An interview (interview.ts): an interviewer with two turns or more, most of them questions, so two
 * questions at least, and another speaker: three speaker labels.
 */
const MIN_SPEAKER_LABELS = 3;
const MIN_INTERVIEW_QUESTIONS = 2;

/**
 * Text checks, one text node at a time. Questions and FAQ titles count in headings and bold text (where
 * the readers look for them); labels count anywhere.
 */
class TextSignals {
  labels = false;
  faqNames = false;
  speakerLabels = 0;
  /** Texts that may end a question: anywhere, in a heading, in bold. */
  questions = 0;
  /** By heading level (index 2–6; an h1 is never read as a question). */
  readonly headingQuestions = [0, 0, 0, 0, 0, 0, 0];
  boldQuestions = 0;
  /** The texts that may end a question in a heading below h1 or in bold, in document order. */
  readonly placedQuestions: Node[] = [];

  read(node: Node, place: number): void {
    const text = node.nodeValue ?? '';
    // Most text nodes of a page are the spaces between its tags, and none of the tests below can pass on them.
    const first = firstVisibleCode(text);
    if (first < 0) return;
    const asks = QUESTION_MARK.test(text) && mayEndQuestion(text);
    if (asks) this.questions++;
    if (place !== 0) {
      const level = (place & HEADING_LEVEL_BITS) >> HEADING_LEVEL_SHIFT;
      if (asks && (level >= 2 || place & IN_BOLD)) {
        if (level >= 2) this.headingQuestions[level] = (this.headingQuestions[level] ?? 0) + 1;
        if (place & IN_BOLD) this.boldQuestions++;
        this.placedQuestions.push(node);
      }
      if (!this.faqNames && FAQ_WORDS.test(textRun(node, text))) this.faqNames = true;
      if (place & IN_BOLD && ENDS_WITH_COLON.test(text)) this.speakerLabels++;
    }
    if (!this.labels && mayStartWithLabel(first) && startsWithQuestionLabel(text) && labelGoesOn(node)) this.labels = true;
  }

  /**
   * Whether a text reader could find a pair; when this says no, none can, so the page's blocks need not
   * be read:
   * - Q/A text (qa-text.ts) starts every pair at a line that opens with a question label, punctuation
   *   included (see label-ahead.ts).
   * - An interview (interview.ts) needs MIN_SPEAKER_LABELS bold labels ending in a colon and
   *   MIN_INTERVIEW_QUESTIONS turns that look like questions.
   * - Question headings (question-headings.ts) take a heading (h2–h6, or `role="heading"`) or a bold text
   *   that looks like a question, and keep it only in a run (two headings of one level, three bold texts)
   *   or inside an FAQ: after a heading naming the FAQ (which `faqNames` sees) or in an element named for
   *   it (see `nearNamedFaq`).
   */
  textForms(): boolean {
    if (this.labels) return true;
    if (this.speakerLabels >= MIN_SPEAKER_LABELS && this.questions >= MIN_INTERVIEW_QUESTIONS) return true;
    if (this.boldQuestions >= MIN_BOLD_QUESTIONS) return true;
    if (this.headingQuestions.some((count) => count >= MIN_HEADING_QUESTIONS)) return true;
    if (this.placedQuestions.length === 0) return false;
    return this.faqNames || this.placedQuestions.some(nearNamedFaq);
  }
}

/**
 * The text with the text nodes right before it: some parsers (linkedom) split "Q&amp;A" into three nodes
 * where a browser keeps one, and an FAQ title must be seen whole on both.
 */
function textRun(node: Node, text: string): string {
  let run = text;
  for (let before = node.previousSibling; before?.nodeType === 3; before = before.previousSibling) {
    run = (before.nodeValue ?? '') + run;
  }
  return run;
}

/** The code of the first character that is not ASCII whitespace; -1 when there is none. */
function firstVisibleCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && (code < 9 || code > 13)) return code;
  }
  return -1;
}

/**
 * A quick look at the first visible character (`firstVisibleCode`), so that the long multilingual label
 * pattern runs on the few texts that could match it. Whitespace is skipped like the pattern skips it; an
 * ASCII character that no label begins with rules the text out; anything else (another script, an
 * unusual space) is left to the pattern.
 */
function mayStartWithLabel(code: number): boolean {
  // The ASCII letters a label opens with ("Q:", "Question:", "Frage:", "Pregunta:", "D:"), either case.
  const lower = code | 0x20;
  return code >= 128 || lower === 0x71 || lower === 0x70 || lower === 0x66 || lower === 0x64;
}

/**
 * Whether the block a text ends up in could count as inside an element named for the FAQ
 * (`FaqContext.inFaq`): that block's element is an ancestor of the text, or, for loose text in a
 * container, the first element of its run, an earlier sibling of one of the text's ancestors.
 */
function nearNamedFaq(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (namesFaq(el)) return true;
    for (let before = el.previousElementSibling; before; before = before.previousElementSibling) {
      if (namesFaq(before)) return true;
    }
  }
  return false;
}

/**
 * Element checks, one element at a time. `nearAccordion`: the element, its parent or its grandparent is
 * named like an accordion, as an entry title must be.
 */
function readElement(el: Element, tag: string, hasAttributes: boolean, nearAccordion: boolean, signals: FaqSignals): void {
  if (tag === 'DETAILS') signals.details.push(el);
  else if (tag === 'DL') signals.definitionLists.push(el);
  else if (tag === 'NOSCRIPT') signals.noscripts.push(el);
  // Everything else is read from attributes, which most elements of a page have none of.
  if (!hasAttributes) return;
  if (!signals.microdata && el.hasAttribute('itemscope') && /question/i.test(el.getAttribute('itemtype') ?? '')) {
    signals.microdata = true;
  }
  if (isDisclosureTrigger(el)) signals.disclosureTriggers.push(el);
  if (nearAccordion && namedLikeEntryTitle(el)) signals.entryTitles.push(el);
}

/**
 * The flags a node's children inherit from it; `accordionNamed`: the element itself is named like an
 * accordion.
 */
function placeOfChildren(el: Element, facts: TagFacts, hasAttributes: boolean, place: number, accordionNamed: boolean): number {
  let inner = place & TEXT_PLACE;
  // Only the outermost heading counts, as for the blocks (`headingLevel`): h1–h6, or a `role="heading"`,
  // which only an element with attributes can have.
  if ((place & IN_HEADING) === 0) {
    const level = facts.headingLevel || (hasAttributes ? headingLevel(el) : 0);
    if (level > 0) inner |= IN_HEADING | (level << HEADING_LEVEL_SHIFT);
  }
  if (facts.bold) inner |= IN_BOLD;
  if (accordionNamed) inner |= ACCORDION_PARENT;
  if (place & ACCORDION_PARENT) inner |= ACCORDION_GRANDPARENT;
  if (place & IN_TEMPLATE || facts.tag === 'TEMPLATE') inner |= IN_TEMPLATE;
  return inner;
}

/** Inside a script or style: nothing there is read. */
const IN_CODE = 1 << 8;

/**
 * The survey as a reader of a walk over the whole page (head included: JSON-LD often sits there), so
 * that it can share the page survey's walk (see `NodeVisitor`); `signals()` gives what it found.
 */
export class FaqSignalSurvey implements NodeVisitor {
  private readonly found: FaqSignals = {
    microdata: false,
    details: [],
    definitionLists: [],
    disclosureTriggers: [],
    entryTitles: [],
    textForms: false,
    faqNames: false,
    jsonLd: [],
    noscripts: [],
  };
  private readonly textSignals = new TextSignals();
  /** The flags of the nodes at each depth, set by their parent element on the way down. */
  private readonly places: number[] = [0, 0];

  element(el: Element, depth: number): void {
    const place = this.places[depth] as number;
    if (place & IN_CODE) {
      this.places[depth + 1] = IN_CODE;
      return;
    }
    const facts = factsOf(el);
    if (facts.code) {
      if (facts.tag === 'SCRIPT' && isJsonLdScript(el)) this.found.jsonLd.push(el);
      this.places[depth + 1] = IN_CODE;
      return;
    }
    const hasAttributes = el.hasAttributes();
    const named = hasAttributes && namesAccordion(el);
    // A template itself is found, as by a selector; what it holds is not.
    if ((place & IN_TEMPLATE) === 0) {
      const nearAccordion = named || (place & (ACCORDION_PARENT | ACCORDION_GRANDPARENT)) !== 0;
      readElement(el, facts.tag, hasAttributes, nearAccordion, this.found);
    }
    this.places[depth + 1] = placeOfChildren(el, facts, hasAttributes, place, named);
  }

  text(node: Node, depth: number): void {
    const place = this.places[depth] as number;
    if ((place & IN_CODE) === 0) this.textSignals.read(node, place & TEXT_PLACE);
  }

  /** What the survey found: call once the walk is over. */
  signals(): FaqSignals {
    this.found.textForms = this.textSignals.textForms();
    this.found.faqNames = this.textSignals.faqNames;
    return this.found;
  }
}

/** Signals of the whole page, in a walk of its own. */
export function surveyFaqSignals(doc: Document): FaqSignals {
  const survey = new FaqSignalSurvey();
  walkDocument(doc, survey);
  return survey.signals();
}
