/**
 * Extraction as one pipeline: size check → "is it an article?" → Readability on a clone (or the
 * linear fallback when the page is over budget or Readability finds nothing) → blocks → lost
 * headings put back → junk dropped → text capped → metadata. Never throws: every way this can
 * go wrong is an {@link ExtractOutcome} with a message the reader can be shown.
 */
import { type SourcedBlock, sourcedBlocks } from './blocks.ts';
import { DEFAULT_MAX_ELEMS, HARD_MAX_ELEMS, MAX_DEPTH, MAX_READABILITY_TEXT_CHARS, MAX_TEXT_CHARS } from './budget.ts';
import { fallbackRoot } from './fallback.ts';
import { recoverHeadings } from './heading-recovery.ts';
import { dropJunk } from './junk.ts';
import { type ReadabilityMeta, articleMetadata } from './metadata.ts';
import { type PageSurvey, surveyPage } from './page-survey.ts';
import { readabilityArticle } from './readability-run.ts';
import { isReaderable } from './readerable.ts';
import { capBlocks } from './text.ts';
import type { ExtractOptions, ExtractOutcome } from './types.ts';
import { visibleLength } from './whitespace.ts';

interface ReadabilityResult {
  root: Element;
  meta: ReadabilityMeta;
  diagnostic?: string;
}

/** Readability's article in `doc`; null when it finds nothing or fails. */
function runReadability(doc: Document): ReadabilityResult | null {
  try {
    const found = readabilityArticle(doc);
    return found && { root: found.content, meta: found.meta, diagnostic: found.diagnostic };
  } catch {
    // Readability throws on documents it cannot handle; the fallback still reads them.
    return null;
  }
}

/**
 * Blocks are read up to this much text: twice the text budget, so that what junk removal drops still
 * leaves a full budget to cut from.
 */
const READ_CHARS = 2 * MAX_TEXT_CHARS;

/** Below this share of the page's text, a forced extraction uses the page's text blocks instead... */
const MIN_SHARE_OF_PAGE_TEXT = 0.3;
/**
 * ...unless Readability kept at least this many characters: then it found a real (if short) article that
 * the readerable check was too strict for, and the page's other text is its navigation and teasers.
 */
const ENOUGH_ARTICLE_TEXT = 1_000;

function textSize(blocks: SourcedBlock[]): number {
  return blocks.reduce((sum, sourced) => sum + visibleLength(sourced.block.text), 0);
}

const EMPTY = { ok: false, reason: 'empty', message: 'This page has no text to read.' } as const;

/** The content element and its blocks, before junk removal and the text cap. */
interface Content {
  root: Element | null;
  sourced: SourcedBlock[];
  readability: ReadabilityResult | null;
  fallback: boolean;
}

/** Readability's content with lost headings put back, or the fallback's when that says more. */
function readContent(doc: Document, page: PageSurvey, readerable: boolean, overBudget: boolean): Content {
  const readability = overBudget ? null : runReadability(doc);
  const sourced = readability
    ? recoverHeadings(doc, sourcedBlocks(readability.root, READ_CHARS), readability.meta.title ?? '', page.headings)
    : [];
  if (readability && sourced.length > 0 && (readerable || textSize(sourced) >= ENOUGH_ARTICLE_TEXT)) {
    return { root: readability.root, sourced, readability, fallback: false };
  }
  // On a page that is not an article (the reader forced it), Readability often keeps one
  // fragment, e.g. a single search result: then the page's text blocks say more.
  const cheapRoot = fallbackRoot(doc);
  const cheap = cheapRoot ? sourcedBlocks(cheapRoot, READ_CHARS) : [];
  if (readability && sourced.length > 0 && textSize(sourced) >= MIN_SHARE_OF_PAGE_TEXT * textSize(cheap)) {
    return { root: readability.root, sourced, readability, fallback: false };
  }
  return { root: cheapRoot, sourced: cheap, readability, fallback: true };
}

/** The article in `doc`, or why there is none. `doc` itself is never modified. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractOutcome {
  const limit = opts.maxTotalElems ?? HARD_MAX_ELEMS;
  const size = surveyPage(doc, limit, opts.alsoVisit);
  if (size.stopped) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This page is too large to read: it has more than ${limit.toLocaleString('en-US')} elements.`,
    };
  }
  if (!size.hasText) return EMPTY;

  const readerable = isReaderable(size.readerableCandidates);
  if (!readerable && !opts.force) {
    return {
      ok: false,
      reason: 'not-an-article',
      message: 'Precis found no article body here: it may be a list of links, a search page or an app. You can still summarize whatever text it has.',
    };
  }

  const overBudget =
    size.elements > (opts.maxElems ?? DEFAULT_MAX_ELEMS) ||
    size.maxDepth > MAX_DEPTH ||
    size.textChars > MAX_READABILITY_TEXT_CHARS;
  const content = readContent(doc, size, readerable, overBudget);
  const capped = capBlocks(dropJunk(content.sourced), MAX_TEXT_CHARS);
  if (!content.root || capped.blocks.length === 0) return EMPTY;

  const blocks = capped.blocks.map((sourced) => sourced.block);
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph')?.text ?? null;
  return {
    ok: true,
    article: {
      meta: articleMetadata(doc, content.readability?.meta ?? null, firstParagraph, size),
      blocks,
      root: content.root,
      readerable,
      fallback: content.fallback || capped.cut,
      diagnostics: content.readability?.diagnostic ? [content.readability.diagnostic] : [],
    },
  };
}
