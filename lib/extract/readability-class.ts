/**
 * Readability's class on its own. The package's entry point also loads `isProbablyReaderable`, which the
 * engine replaces with readerable.ts; importing the class's own file keeps that code out of the page's script.
 */
import type { Readability as ReadabilityType } from '@mozilla/readability';
import ReadabilityModule from '@mozilla/readability/Readability.js';

export const Readability = ReadabilityModule as typeof ReadabilityType;
