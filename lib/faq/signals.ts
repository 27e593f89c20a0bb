/**
 * One cheap pass over a page that says which FAQ readers could find anything on it. Most pages have no
 * FAQ at all, and reading a page's blocks costs far more than looking at its nodes once, so a reader
 * runs only when the markup or text it starts from is present. Every test here is looser than the
 * reader it guards: a signal may fire on a page without an FAQ, never stay silent on one with an FAQ.
 */
import { isDisclosureTrigger, namesAccordion } from './accordion.ts';
import { namesFaq } from './context.ts';
import { isJsonLdScript } from './json-ld.ts';
import { startsWithQuestionLabel } from './labels.ts';
import { tagOf } from './text.ts';

export interface FaqSignals {
  /** An `itemscope` item whose `itemtype` names a Question. */
  microdata: boolean;
  details: boolean;
  definitionLists: boolean;
  /** A disclosure trigger (ARIA, Bootstrap) or an element named like an accordion. */
  accordions: boolean;
  /** Question marks in headings or bold (two, or one in an FAQ part), a "Q:" label, or an interview's speaker labels. */
  textForms: boolean;
  /** Some text could name an FAQ section ("FAQ", "Questions", "Q&A", …), so FAQ sections must be looked for. */
  faqNames: boolean;
  /** The page's JSON-LD scripts, in document order. */
  jsonLd: Element[];
}

const QUESTION_MARK = /[?？؟¿]/;

/** A bold label such as "TIME:" or "Smith:", the way interviews name their speakers. */
const ENDS_WITH_COLON = /[:：]\s*$/;

/** The words every phrase `isFaqHeading` accepts is built on; matched loosely, anywhere in a text. */
const FAQ_WORDS =
  /faq|f\.\s?a\.|question|\bq\s?(?:&|and|\+|n)\s?a\b|[ｑＱ][＆&][ａＡ]|pregunta|fragen|foire|domande|pergunta|vragen|pytania|вопрос|sorular|frågor|spørsmål|spørgsmål|câu hỏi|thường gặp|pertanyaan|質問|問い合わせ|问|問|질문|أسئلة|الأسئلة|प्रश्न|ｆａｑ|ＦＡＱ/iu;

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BOLD_TAGS = new Set(['B', 'STRONG']);
/** Their text is code or style, never something a reader sees. */
const CODE_TAGS = new Set(['SCRIPT', 'STYLE']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Where a text node sits: bit flags carried down the walk. */
const IN_HEADING = 1;
const IN_BOLD = 2;

/**
 * Text checks, one text node at a time. Questions and FAQ titles count in headings and bold text (where
 * the readers look for them); labels count anywhere.
 */
class TextSignals {
  labels = false;
  faqNames = false;
  asksSomething = false;
  speakerLabel = false;
  /** Texts with a question mark in a heading or in bold, and the first of them. */
  questions = 0;
  firstQuestion: Node | null = null;

  read(node: Node, place: number): void {
    const text = node.nodeValue ?? '';
    const asks = QUESTION_MARK.test(text);
    if (asks) this.asksSomething = true;
    if (place !== 0) {
      if (asks && this.questions++ === 0) this.firstQuestion = node;
      if (!this.faqNames && FAQ_WORDS.test(text)) this.faqNames = true;
      if (place & IN_BOLD && ENDS_WITH_COLON.test(text)) this.speakerLabel = true;
    }
    if (!this.labels && startsWithQuestionLabel(text)) this.labels = true;
  }

  /**
   * Whether a text reader could find a pair: a "Q:" label, an interview's speakers, or question headings.
   * Those count as a run of two or more, or alone inside an FAQ section or an element named for the FAQ.
   */
  textForms(): boolean {
    if (this.labels || (this.speakerLabel && this.asksSomething) || this.questions >= 2) return true;
    return this.firstQuestion !== null && (this.faqNames || insideNamedFaq(this.firstQuestion));
  }
}

function insideNamedFaq(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (namesFaq(el)) return true;
  return false;
}

/** Element checks, one element at a time; each stops looking once it has found its markup. */
function readElement(el: Element, tag: string, signals: FaqSignals): void {
  if (tag === 'DETAILS') signals.details = true;
  else if (tag === 'DL') signals.definitionLists = true;
  if (!signals.microdata && el.hasAttribute('itemscope') && /question/i.test(el.getAttribute('itemtype') ?? '')) {
    signals.microdata = true;
  }
  if (!signals.accordions && (isDisclosureTrigger(el) || namesAccordion(el))) signals.accordions = true;
}

/** Signals of the whole page (head included: JSON-LD often sits there). */
export function surveyFaqSignals(doc: Document): FaqSignals {
  const root = doc.documentElement;
  const signals: FaqSignals = {
    microdata: false,
    details: false,
    definitionLists: false,
    accordions: false,
    textForms: false,
    faqNames: false,
    jsonLd: [],
  };
  const text = new TextSignals();
  // Iterative, so a pathologically nested page cannot overflow the call stack; `places` runs beside `nodes`.
  const nodes: Node[] = [root];
  const places: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as Node;
    const place = places.pop() as number;
    if (node.nodeType === TEXT_NODE) {
      text.read(node, place);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (CODE_TAGS.has(tag)) {
      if (tag === 'SCRIPT' && isJsonLdScript(el)) signals.jsonLd.push(el);
      continue;
    }
    readElement(el, tag, signals);
    const inner =
      place |
      (HEADING_TAGS.has(tag) || (place & IN_HEADING) === 0 && el.getAttribute('role') === 'heading' ? IN_HEADING : 0) |
      (BOLD_TAGS.has(tag) ? IN_BOLD : 0);
    // Last child first, so nodes come off the stack in document order (JSON-LD scripts are kept in it).
    for (let child = el.lastChild; child; child = child.previousSibling) {
      nodes.push(child);
      places.push(inner);
    }
  }
  signals.textForms = text.textForms();
  signals.faqNames = text.faqNames;
  return signals;
}
