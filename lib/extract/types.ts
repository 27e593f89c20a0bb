/** What extraction returns: the article, or a typed reason (with a message for the reader) why not. */
import type { ArticleMeta, Block } from '../types.ts';
import type { NodeVisitor } from './page-walk.ts';

export interface ExtractOptions {
  /** Extract even when the page does not look like an article ("summarize anyway"). */
  force?: boolean;
  /** Pages with more elements skip Readability for the linear fallback (default 15,000). */
  maxElems?: number;
  /** Pages with more elements are refused as 'too-large' (default 500,000). */
  maxTotalElems?: number;
  /**
   * Another reader of the page, run in the walk extraction makes over it anyway (see page-walk.ts), so
   * that a later stage needs no walk of its own. It has seen the whole page only when extraction
   * succeeded.
   */
  alsoVisit?: NodeVisitor;
}

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** Headings and paragraphs in reading order. */
  blocks: Block[];
  /**
   * The article's content element: Readability's output in a cloned document, or the fallback's (a clone,
   * or an element of the page itself when nothing had to be removed). Read it, never modify it.
   */
  root: Element;
  /** Readability's `isProbablyReaderable` verdict on the original page. */
  readerable: boolean;
  /** True when the cheap fallback extraction was used or the text was cut to the size budget. */
  fallback: boolean;
  /** How the engine departed from its usual way on this page (Readability read through its public parse()). */
  diagnostics: string[];
}

export type ExtractFailure = 'not-an-article' | 'empty' | 'too-large';

export type ExtractOutcome =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: ExtractFailure; message: string };
