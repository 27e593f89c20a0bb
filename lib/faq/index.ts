/**
 * The page's FAQ, from every common markup, merged into one list of question/answer pairs.
 *
 * Structured data (JSON-LD, microdata) and widgets that hide their answers until opened (details,
 * accordions) and definition lists are read from the original document: a reader view drops scripts
 * and hidden nodes. Text forms (question headings, "Q:"/"A:" paragraphs) are read from the article when
 * there is one and checked against the original page, which also gives those the article lost. The
 * original is never modified.
 */
import type { FaqPair } from '../types.ts';
import { readAccordions } from './accordion.ts';
import { cleanAnswer, cleanQuestion } from './clean.ts';
import { isFaqPage } from './context.ts';
import { readDefinitionLists } from './definition-list.ts';
import { readDetails } from './details.ts';
import { readInterview } from './interview.ts';
import { readJsonLdScripts } from './json-ld.ts';
import { mergePairs, sameQuestion } from './merge.ts';
import { readMicrodata } from './microdata.ts';
import { noscriptFaq } from './noscript.ts';
import { readQaText } from './qa-text.ts';
import { readQuestionHeadings } from './question-headings.ts';
import { isContactPrompt, isFaqHeading, looksLikeQuestion } from './question.ts';
import { readRegion, type FoundPair, type Region } from './region.ts';
import { pageRoot } from './scope.ts';
import { type FaqSignals, surveyFaqSignals } from './signals.ts';

export { isFaqHeading };
export { FaqSignalSurvey, type FaqSignals } from './signals.ts';

function readTextForms(region: Region): FoundPair[] {
  return [...readQuestionHeadings(region), ...readQaText(region), ...readInterview(region)];
}

/**
 * Text forms as the article gives them, plus those the article lost (a reader view drops headings that
 * repeat the title and hidden blocks), minus those only the article gives: a reader view strips class
 * names, so a comment thread it kept can no longer be told apart, while the page still can. Article pairs
 * take the place of their twin on the page.
 */
function textFormsOf(page: Region, article: Element | null): FoundPair[] {
  const fromPage = readTextForms(page);
  // Article pairs count only with a twin on the page: with none there, the article need not be read.
  if (!article || article === page.root || fromPage.length === 0) return fromPage;
  const confirmed = readTextForms(readRegion(article)).flatMap((pair) => {
    const twin = fromPage.find((other) => sameQuestion(pair, other));
    return twin ? [{ ...pair, position: twin.position }] : [];
  });
  return [...confirmed, ...fromPage];
}

function clean(pair: FoundPair): FoundPair {
  return { ...pair, question: cleanQuestion(pair.question), answer: cleanAnswer(pair.answer) };
}

/**
 * Both halves present, the question is not the FAQ's own title (a toggle that opens the whole list) nor
 * the prompt to get in touch that closes it.
 */
function isRealPair(pair: FoundPair): boolean {
  if (pair.question === '' || pair.answer === '' || isContactPrompt(pair.question)) return false;
  return looksLikeQuestion(pair.question) || !isFaqHeading(pair.question);
}

/**
 * The FAQ of a page: `original` is the page's own document, `article` the reader view's content (or null).
 * Each reader runs only when the page shows what it reads (see signals.ts): the widget readers read the
 * elements the survey found, so on a page without them they have nothing to do. Structured data is
 * always read. `signals`: the survey of `original` when it was already made (a `FaqSignalSurvey` that
 * rode along with extraction's walk of the page), so the page is not walked again.
 */
export function extractFaq(
  original: Document,
  article: Element | null,
  signals: FaqSignals = surveyFaqSignals(original),
): FaqPair[] {
  const page = readRegion(pageRoot(original), signals.faqNames, signals.faqNames && isFaqPage(original));
  const found = [
    ...(signals.microdata ? readMicrodata(page) : []),
    ...readDetails(page, signals.details),
    ...readDefinitionLists(page, signals.definitionLists),
    ...readAccordions(page, signals.disclosureTriggers, signals.entryTitles),
    ...(signals.textForms ? textFormsOf(page, article) : []),
    ...readJsonLdScripts(signals.jsonLd),
  ];
  const pairs = mergePairs(found.map(clean).filter(isRealPair));
  return pairs.length > 0 ? pairs : noscriptFaq(signals.noscripts, (doc) => extractFaq(doc, null));
}
