/** Article extraction: the page's article as metadata and heading/paragraph blocks. */
export { extractArticle } from './extract';
export { articleBlocks } from './blocks';
export { articleText } from './text';
export { DEFAULT_MAX_ELEMS, MAX_DEPTH, MAX_TEXT_CHARS, HARD_MAX_ELEMS } from './budget';
export type { ExtractedArticle, ExtractFailure, ExtractOptions, ExtractOutcome } from './types';
