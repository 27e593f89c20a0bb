/**
 * The plain, serialisable data the engine produces. Everything here crosses the
 * content-script → extension-page boundary as JSON, so no DOM nodes, no classes.
 */

/** W3C Web Annotation TextQuoteSelector: the sentence plus ~32 characters either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 language tag, e.g. "en-US", when the page says. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** ISO 8601 when the page gives a parseable time, else the page's own string. */
  publishedTime: string | null;
  excerpt: string | null;
}

/** One block of the extracted article in reading order. */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string };

/** A section of the article: a heading (empty for the lead before the first heading) and its paragraphs. */
export interface Section {
  heading: string;
  /** 1–6; 0 for the lead section. */
  level: number;
  paragraphs: string[];
}

export interface Claim {
  /** What the user is shown: the source without reference markers or a leading connective ("But", "Instead,"). */
  text: string;
  /** The exact text on the page the claim comes from (one sentence, or two when the first names the subject). */
  source: string;
  /** Heading of the section the sentence is in ('' for the lead). */
  section: string;
  sectionIndex: number;
  /** 1–3 key phrases found in the text, e.g. "export controls". */
  topics: string[];
  /** Higher is more central; comparable within one analysis only. */
  score: number;
  selector: TextQuoteSelector;
  /** For a PDF: the 1-based page the sentence starts on. */
  page?: number;
}

export type FaqSource =
  | 'json-ld'
  | 'microdata'
  | 'details'
  | 'dl'
  | 'accordion'
  | 'heading'
  | 'qa-text';

export interface FaqPair {
  question: string;
  answer: string;
  source: FaqSource;
}

export interface SectionClaims {
  heading: string;
  level: number;
  claims: Claim[];
}

export interface Analysis {
  /** Bumped when the shape changes, so a stale cached analysis is never rendered. */
  version: 1;
  url: string;
  meta: ArticleMeta;
  /** The article as plain text, paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** Ranked, best first. */
  claims: Claim[];
  /** Claims grouped by section, in page order; sections without claims are left out. */
  sections: SectionClaims[];
  faq: FaqPair[];
  /** True when Readability's heuristics said this is not an article and the reader asked for it anyway. */
  forced: boolean;
  /** Milliseconds per stage, for the benchmark and the e2e timing. */
  timings: Record<string, number>;
  /** How the engine departed from its usual way on this page, in words (the CLI prints them); usually empty. */
  diagnostics: string[];
  /** Present when the analysis is of a PDF. */
  pdf?: PdfFacts;
}

/** What the reader of a PDF should know about how much of it was read and what was set apart. */
export interface PdfFacts {
  pageCount: number;
  /** Pages read from the start; fewer than `pageCount` when the document was longer than the reading budget. */
  pagesRead: number;
  /** Footnotes set apart from the text. */
  notes: number;
  /** Entries of the reference list or bibliography, never claims. */
  references: number;
}

export type NotAnalysedReason = 'not-an-article' | 'empty' | 'too-large' | 'failed';

/** Why the engine gives no analysis, in words the user can be shown. */
export interface NotAnalysed {
  ok: false;
  reason: NotAnalysedReason;
  message: string;
}

export type AnalyzeOutcome = { ok: true; analysis: Analysis } | NotAnalysed;
