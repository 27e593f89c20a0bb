import { describe, expect, it } from 'vitest';
import { tokeniseAll } from './tokens.ts';
import { countPhrases, topicsForClaims } from './topics.ts';

const article = [
  'The US tightened export controls on advanced chips in October.',
  'Export controls now cover more chip makers than before.',
  'Firms hit by the export controls are looking for other suppliers.',
  'The Bank of England kept rates on hold.',
  'The Bank of England said inflation was falling.',
];

describe('topicsForClaims', () => {
  const [first, second] = topicsForClaims(
    [
      { text: article[0]!, heading: 'Trade' },
      { text: article[3]!, heading: 'Rates' },
    ],
    tokeniseAll(article),
  );

  it('finds recurring noun phrases, longest sensible form', () => {
    expect(first).toContain('export controls');
    expect(second).toContain('Bank of England');
  });

  it('only returns phrases from the sentence, none starting or ending with a stop word', () => {
    for (const topic of [...first!, ...second!]) {
      expect(article.join(' ')).toContain(topic);
      expect(topic).not.toMatch(/^(?:the|of|and|a|on|in)\b|\b(?:the|of|and|a|on|in)$/i);
    }
  });

  it('gives at most three topics that do not overlap', () => {
    for (const topics of [first!, second!]) {
      expect(topics.length).toBeLessThanOrEqual(3);
      for (const a of topics) for (const b of topics) if (a !== b) expect(a.includes(b)).toBe(false);
    }
  });
});

describe('countPhrases', () => {
  it('counts each wanted phrase by its stems, wherever it occurs', () => {
    const { counts, sentences } = countPhrases(article, new Set(['export control', 'bank of england', 'chip', 'rate on hold', 'rate cut']));
    expect(sentences).toBe(article.length);
    expect(counts.get('export control')).toBe(3);
    expect(counts.get('bank of england')).toBe(2);
    expect(counts.get('chip')).toBe(2);
    expect(counts.get('rate on hold')).toBe(1);
    expect(counts.get('rate cut')).toBeUndefined();
  });
});

/** The chips of each sentence of `article`, read as one article. */
function chipsOf(article: string[], lang?: string): string[][] {
  return topicsForClaims(
    article.map((text) => ({ text, heading: '' })),
    tokeniseAll(article),
    3,
    lang,
  );
}

interface ChipCase {
  article: string[];
  lang?: string;
  /** Chips the article gives. */
  good: string[];
  /** Chips it must not give. */
  bad: string[];
}

const CHIP_CASES: Record<string, ChipCase> = {
  'never end on a modal or a verb after its subject': {
    article: [
      'The HTML test file must be served over HTTP for the adapter to be loaded.',
      'Open source models attract more users and contributors, which in turn help the models grow.',
      'Some analysts believe the sharp fall in crude prices may harden the cartel’s attitude.',
      'Under sufficiently extreme conditions, quarks may become deconfined and exist as free particles.',
      'As the report states: "The birth lottery matters more in the U.S. than in most countries."',
      'Analysts say improving India’s infrastructure will boost foreign investment.',
    ],
    good: ['India’s infrastructure', 'extreme conditions'],
    bad: ['test file must', 'models grow', 'analysts believe', 'quarks may', 'report states', 'improving India’s infrastructure'],
  },
  'are no bare adjectives, grades or quantities': {
    article: [
      'Liang said that students can be a better fit for high-investment, low-profit research.',
      'Students who join a lab for high-investment work are few.',
      'DeepSeek has also made significant progress on Multi-head Latent Attention, two technical designs.',
      'Growth slowed over the past six months, the Bank said.',
      'Prices rose 3% in the year to January, and the year before.',
      'The chancellor was given a £2.1bn boost to his golden economic rule.',
      'Staff keep strict office hours in the financial year, as in the previous year.',
    ],
    good: ['low-profit research', 'Multi-head Latent Attention', 'strict office hours'],
    bad: ['better fit', 'high-investment', 'significant progress', 'six months', 'year', '2.1bn boost', 'strict office', 'previous year'],
  },
  'keep the last dot of initials': {
    article: ['Growth in the U.S. slowed.', 'The U.S. economy grew.', 'Firms in the U.S. hired.'],
    good: ['U.S.'],
    bad: ['U.S'],
  },
  'do not cut a name or a figure, nor keep an elided article': {
    article: [
      'He told BBC Radio 4’s Today programme that the plan would work.',
      'The 60,000-seater Emirates Stadium opens next year.',
      'L’afflux d’aide humanitaire a saturé l’aéroport de Katmandou.',
    ],
    lang: 'fr',
    good: ['afflux d’aide humanitaire'],
    bad: ['4’s Today programme', '000-seater Emirates Stadium', 'L’afflux d’aide humanitaire'],
  },
  'are no day, month or time of day, and no name cut after its particle': {
    article: [
      'Shares in the Bank fell on Wednesday and again on Friday night.',
      'De Miranda evokes the notion of neon lighting in his introduction.',
      'The book by Luis de Miranda is a history of neon lighting.',
      'Neon lighting came to Paris in December.',
    ],
    good: ['Luis de Miranda'],
    bad: ['Wednesday', 'Friday night', 'Friday', 'December', 'Miranda'],
  },
  'leave out an English verb by its place: after an adverb with an object, an adverb opening the sentence': {
    article: [
      'Few frontend developers actually test their frontend code.',
      'Most teams actually test their apps.',
      'Good writers actually test their ideas.',
      'Simply pull the moss over the foam oasis.',
      'Using floral pins, fix the moss to the foam oasis.',
      'Britain came second and Brett Rund fourth in the foam oasis race.',
      'Moss hides the foam oasis.',
      'Moss grows on the foam oasis.',
    ],
    good: ['foam oasis', 'floral pins'],
    bad: ['test', 'Simply pull', 'Using floral pins', 'Brett Rund fourth', 'Britain second'],
  },
  'leave out "read" and "lose", which are verbs, and an adverb of frequency': {
    article: [
      'Researchers read papers as PDF files in the browser.',
      'Researchers read papers on screens.',
      'Long words in justified columns are often hyphenated.',
      'Words are often split.',
      'Shareholders lose money when the share price falls.',
      'Investors lose money too.',
    ],
    good: ['PDF files', 'Long words'],
    bad: ['Researchers read papers', 'often split', 'Shareholders lose money', 'Investors lose money'],
  },
  'leave out a Spanish verb after "que", an infinitive after a preposition, and a quantifier': {
    article: [
      'Hay un mercado de bebidas que prometen beneficios como la salud intestinal.',
      'Actualiza tus hábitos alimenticios, sin necesidad de hacer dieta.',
      'El caso tuvo mucha prensa en otros países.',
    ],
    lang: 'es',
    good: ['salud intestinal'],
    bad: ['prometen beneficios', 'hacer dieta', 'tus hábitos alimenticios', 'mucha prensa', 'otros países'],
  },
  'leave out verbs by their ending where the page says its language': {
    article: ['El politólogo Samuel Huntington definía una sociedad pretoriana y el jurista Carlos Nino llamó a la Argentina.'],
    lang: 'es',
    good: ['sociedad pretoriana'],
    bad: ['Samuel Huntington definía', 'Carlos Nino llamó'],
  },
};

describe('chips are things', () => {
  it.each(Object.entries(CHIP_CASES))('%s', (_, { article, lang, good, bad }) => {
    const chips = chipsOf(article, lang).flat();
    expect(chips).toEqual(expect.arrayContaining(good));
    for (const chip of bad) expect(chips).not.toContain(chip);
  });
});

describe('words read before', () => {
  it('change no topic: what a word decides of itself is kept across articles, whatever its neighbours were', () => {
    const first = chipsOf(article);
    // The same words in other places and cases: "Export", "rates", "England" as neighbours of other words.
    chipsOf(['Rates of Export to England rose.', 'England said the controls on chips in October were export rates.']);
    chipsOf(Object.values(CHIP_CASES).flatMap((c) => c.article), 'fr');
    expect(chipsOf(article)).toEqual(first);
  });
});
