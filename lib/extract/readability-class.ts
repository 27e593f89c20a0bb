/**
 * Readability's class on its own, as the engine runs it. The package's entry point also loads
 * `isProbablyReaderable`, which the engine replaces with readerable.ts; importing the class's own file keeps that
 * code out of the page's script.
 */
import type { Readability as ReadabilityType } from '@mozilla/readability';
import ReadabilityModule from '@mozilla/readability/Readability.js';

type ReadabilityClass = typeof ReadabilityType;

/**
 * Readability, less the last step of `parse()`. That step (`_postProcessContent`) only readies the chosen
 * content to be shown as HTML: links and images made absolute, nested wrappers unwrapped, class names removed.
 * It runs after the content is chosen, so it cannot change which text Readability keeps, and the engine reads
 * only that text, never the HTML; on the corpus it costs about 6 % of Readability's time. The step's name is
 * Readability's own (private) one: readability-class.test.ts checks that the pinned version still has it.
 */
export const Readability = class extends (ReadabilityModule as ReadabilityClass) {
  _postProcessContent(): void {}
} as ReadabilityClass;
