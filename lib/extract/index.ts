/** Article extraction: the page's article as metadata and heading/paragraph blocks. */
export { extractArticle } from './extract.ts';
export { articleBlocks } from './blocks.ts';
export { articleText } from './text.ts';
export { DEFAULT_MAX_ELEMS, MAX_DEPTH, MAX_TEXT_CHARS, HARD_MAX_ELEMS } from './budget.ts';
export type { ExtractedArticle, ExtractFailure, ExtractOptions, ExtractOutcome } from './types.ts';
export { type NodeVisitor, walkDocument } from './page-walk.ts';
