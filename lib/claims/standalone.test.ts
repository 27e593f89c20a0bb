import { describe, expect, it } from 'vitest';
import { displayText } from './display.ts';
import { leansBack, opensWithPronoun, quoteDepth, readOpening, standaloneFactor, unfitAsClaim } from './standalone.ts';

describe('displayText: what a claim shows of its source', () => {
  const cases: [string, string, string | null, string][] = [
    ['reference markers', 'New Zealand is heavily dependent on international trade,[217] particularly in agricultural products.[218]', 'en', 'New Zealand is heavily dependent on international trade, particularly in agricultural products.'],
    ['a chain of markers with a note', 'The census found 4,242,048, an increase of 5.3% over the 2006 figure.[245][n 8]', 'en', 'The census found 4,242,048, an increase of 5.3% over the 2006 figure.'],
    ['citation needed and a page cite', 'It is the oldest bridge.[citation needed] It was built in 1820.[3]:p. 12', 'en', 'It is the oldest bridge. It was built in 1820.'],
    ['an editorial capital is no marker', 'As the report states: "[T]he birth lottery matters."', 'en', 'As the report states: "[T]he birth lottery matters."'],
    ['a connective with its comma', 'Instead, he focused on PhD students from top universities.', 'en', 'He focused on PhD students from top universities.'],
    ['a two-word connective', 'In fact, DeepSeek’s latest model needed a tenth of the computing power.', 'en', 'DeepSeek’s latest model needed a tenth of the computing power.'],
    ['a coordinating opener', 'And there is no end in sight for the strike.', 'en', 'There is no end in sight for the strike.'],
    ['inside an opening quote', '"And I want robots to treat humans as human beings," she added.', 'en', '"I want robots to treat humans as human beings," she added.'],
    ['an adverb that opens a sentence of its own stays', 'Still images of the launch were shown on television.', 'en', 'Still images of the launch were shown on television.'],
    ['"But for" is no connective', 'But for the rain, the team would have won the final.', 'en', 'But for the rain, the team would have won the final.'],
    ['German conjunction', 'Aber die Regierung hat das Gesetz nicht geändert.', 'de', 'Die Regierung hat das Gesetz nicht geändert.'],
    ['German adverb stays (verb second)', 'Zudem gibt es neue Felder in der Datenbank.', 'de', 'Zudem gibt es neue Felder in der Datenbank.'],
    ['French connective', 'Cependant, le gouvernement a refusé de commenter.', 'fr', 'Le gouvernement a refusé de commenter.'],
    ['Spanish connective', 'Sin embargo, el gobierno dijo que no habría cambios.', 'es', 'El gobierno dijo que no habría cambios.'],
    ['a quotation that runs on is closed', '"They are a bit more aggressive than we had expected.', 'en', '"They are a bit more aggressive than we had expected."'],
    ['the end of a quotation is opened', 'We always thought we would see a small rise, she said.”', 'en', '“We always thought we would see a small rise, she said.”'],
    ['German quotation marks', '„Wir schaffen das“, sagte die Kanzlerin am Montag.', 'de', '„Wir schaffen das“, sagte die Kanzlerin am Montag.'],
  ];
  it.each(cases)('%s', (_name, source, lang, shown) => {
    expect(displayText(source, lang)).toBe(shown);
  });
});

describe('unfitAsClaim: never a claim as it stands', () => {
  const cases: [string, string, ReturnType<typeof unfitAsClaim>][] = [
    ['a lead-in', 'In a wide-ranging interview, President Obama also said:', 'lead-in'],
    ['a lead-in with a quote mark', 'The Latest on the storm (all times local):"', 'lead-in'],
    ['a sentence cut where a formula begins', 'A square matrix is Hermitian if and only if it is equal to its adjoint, that is, it satisfies', 'cut'],
    ['an inline element left out', 'In this section, the conjugate transpose of matrix is denoted as , the transpose as .', 'cut'],
    ['a heading or caption', 'List of time travel works of fiction', 'cut'],
    ['a maintenance banner', 'This section needs expansion with: Proof of the properties requested.', 'furniture'],
    ['a reference-list entry', '^ Matthew Jones; Joan Ormrod (2015), Time Travel in Popular Media, McFarland & Company, ISBN 9780786478071', 'furniture'],
    ['a bibliography entry', 'Smith, J. (2004). The history of tea. London: Penguin. pp. 12–14.', 'furniture'],
    ['a hatnote', 'For a list of films that include any kind of time travel see time travel in films.', 'furniture'],
    ['an edit link', 'History[edit] The town was founded in 1820.', 'furniture'],
    ['an unbalanced bracket', 'The ratio (measured in 2010 was 3.5 to 1.', 'unbalanced'],
    ['a plain sentence', 'New Zealand is heavily dependent on international trade.', null],
    ['a sentence naming an ISBN', 'The toolbar links a book’s ISBN number to the shop.', null],
    ['a question', 'Is the price too high?', null],
  ];
  it.each(cases)('%s', (_name, sentence, expected) => {
    expect(unfitAsClaim(sentence)).toBe(expected);
  });
});

describe('standing alone', () => {
  const leaning: [string, string, string | null][] = [
    ['a pronoun subject', 'She flaunted her hand bag at the premiere.', 'en'],
    ['a demonstrative subject', 'This deal only works for the biggest firms.', 'en'],
    ['a pronoun after a connective', 'Instead, he focused on PhD students.', 'en'],
    ['a pronoun after a short opening phrase', 'In a statement, she said the plant would close.', 'en'],
    ['a pronoun after a subordinator', 'As he attempts to piece together the reason, the day repeats.', 'en'],
    ['a contraction', 'That’s exactly how I felt after the demo.', 'en'],
    ['German', 'Er hat die Wahl im Jahr 2005 gewonnen.', 'de'],
    ['French', 'Elle a quitté le gouvernement en 2019.', 'fr'],
    ['Spanish', 'Ella dejó el gobierno en 2019.', 'es'],
    ['language unknown', 'Il a quitté le gouvernement en 2019.', null],
  ];
  it.each(leaning)('leans back: %s', (_name, sentence, lang) => {
    expect(opensWithPronoun(sentence, lang)).toBe(true);
    expect(standaloneFactor(readOpening(sentence, lang))).toBeLessThan(1);
  });

  const standing: [string, string, string | null][] = [
    ['a named subject', 'DeepSeek hires young PhD graduates from top universities.', 'en'],
    ['a time, not a pronoun', 'This year, sales rose by five percent.', 'en'],
    ['an opening phrase with a name', 'Zimbabwe President Robert Mugabe, his wife Grace and two aides are under arrest.', 'en'],
    ['an idiom', 'When it comes to impulse purchases, most of us give in.', 'en'],
    ['"Instead of"', 'Instead of a dinner party, host a lunch for the graduates.', 'en'],
    ['a German article', 'Die Regierung hat das Gesetz geändert.', 'de'],
  ];
  it.each(standing)('stands alone: %s', (_name, sentence, lang) => {
    expect(leansBack(readOpening(sentence, lang))).toBe(false);
    expect(standaloneFactor(readOpening(sentence, lang))).toBe(1);
  });

  it('a connective that must stay still leans back', () => {
    expect(leansBack(readOpening('Zudem gibt es neue Felder in der Datenbank.', 'de'))).toBe(true);
    expect(standaloneFactor(readOpening('Similarly there is a different tone to the plan.', 'en'))).toBeLessThan(1);
  });
});

describe('quoteDepth', () => {
  const cases: [string, string, string | null, number][] = [
    ['a straight quotation within the sentence', 'He said "no" to the plan.', 'en', 0],
    ['a quotation left open', '"We will win, he said.', 'en', 1],
    ['a quotation closed that opened before', 'It is over." Then he left.', 'en', -1],
    ['curly quotes', 'She called it “a disaster” twice.', 'en', 0],
    ['German quotes', 'Er nannte es „gut“ und ging.', 'de', 0],
    ['straight quotes without spaces around them', '如果您喜歡"史蒂文的家"圖文分享', 'zh', 0],
    ['an inch mark after a figure', 'The 5" screen is bright.', 'en', -1],
  ];
  it.each(cases)('%s', (_name, text, lang, depth) => {
    expect(quoteDepth(text, lang)).toBe(depth);
  });
});
