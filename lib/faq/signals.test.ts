import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/dom.ts';
import { surveyPage } from '../extract/page-survey.ts';
import { FaqSignalSurvey, surveyFaqSignals, type FaqSignals } from './signals.ts';

const signals = (body: string, head = ''): FaqSignals =>
  surveyFaqSignals(parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`));

/** The signals that fired: true flags and non-empty element lists. */
const fired = (s: FaqSignals) =>
  (['microdata', 'details', 'definitionLists', 'disclosureTriggers', 'entryTitles', 'textForms', 'faqNames'] as const).filter(
    (k) => s[k] === true || (Array.isArray(s[k]) && s[k].length > 0),
  );

describe('surveyFaqSignals', () => {
  it('stays silent on a plain article, even one that asks a question in its text', () => {
    const body = '<article><h1>Chips</h1><h2>Export rules</h2><p>Why now? Because rules changed: <b>more</b> of them.</p></article>';
    expect(fired(signals(body))).toEqual([]);
  });

  it('fires for each widget markup', () => {
    expect(fired(signals('<div itemscope itemtype="https://schema.org/Question"></div>'))).toEqual(['microdata']);
    expect(fired(signals('<details><summary>Why?</summary>Because.</details>'))).toContain('details');
    expect(fired(signals('<dl><dt>Term</dt><dd>Meaning</dd></dl>'))).toEqual(['definitionLists']);
    expect(fired(signals('<button aria-expanded="false">Open</button>'))).toEqual(['disclosureTriggers']);
    expect(fired(signals('<div class="faq-item"><div class="faq-title">Shipping</div></div>'))).toEqual(['entryTitles']);
  });

  it('fires for text forms: two question headings, a Q label, an interview, one question in an FAQ part', () => {
    expect(signals('<h2>Why?</h2><p>A.</p><h2>How?</h2><p>B.</p>').textForms).toBe(true);
    expect(signals('<h2>Why?</h2><p>Because.</p>').textForms).toBe(false);
    expect(signals('<p><b>Q</b>: Is it safe<br>A: Yes</p>').textForms).toBe(true);
    const turn = (speaker: string, text: string) => `<p><b>${speaker}:</b> ${text}</p>`;
    const exchange = turn('TIME', 'Why now?') + turn('Smith', 'Because.');
    expect(signals(exchange + turn('TIME', 'And next?')).textForms).toBe(true);
    // One question each way is no interview: its reader needs an interviewer asking twice.
    expect(signals(exchange).textForms).toBe(false);
    // Question marks inside a heading's text, not at its end, start no question.
    expect(signals('<h2>Why? Because</h2><p>A.</p><h2>How? Like this</h2><p>B.</p>').textForms).toBe(false);
    // An h1 is the page's title, and headings of two levels make no run.
    expect(signals('<h1>Why?</h1><h2>How?</h2><p>A.</p>').textForms).toBe(false);
    expect(signals('<h2>Why?</h2><p>A.</p><h3>How?</h3><p>B.</p>').textForms).toBe(false);
    expect(signals('<h2>Why?</h2><p>A.</p><div role="heading">How?</div><p>B.</p>').textForms).toBe(true);
    // Two bold questions are rhetorical subheads; three make a run.
    const bold = (n: number) => '<p><b>Why?</b></p><p>Because.</p>'.repeat(n);
    expect([signals(bold(2)).textForms, signals(bold(3)).textForms]).toEqual([false, true]);
    // A label's punctuation may follow in the next element, but on the same line.
    expect(signals('<p><a href="#">D</a>ata, <b>F</b>5 and <i>P</i> values</p>').textForms).toBe(false);
    expect(signals('<p><b>Q</b><span>1</span>: Why?</p>').textForms).toBe(true);
    expect(signals('<p><b>Q</b><br>: Why?</p>').textForms).toBe(false);
    // Loose text in a container belongs to a block named by the run's first element.
    expect(signals('<div><span class="faq-note">Note</span> <b>Why?</b> Because.<p>More.</p></div>').textForms).toBe(true);
    expect(signals('<section id="faq"><h3>Why?</h3><p>Because.</p></section>').textForms).toBe(true);
    const titled = signals('<h2>Frequently asked questions</h2><h3>Why?</h3><p>Because.</p>');
    expect([titled.textForms, titled.faqNames]).toEqual([true, true]);
  });

  it('lists JSON-LD scripts in document order, head included', () => {
    const ld = (n: number) => `<script type="application/ld+json">{"n":${n}}</script>`;
    expect(signals(ld(2), ld(1)).jsonLd.map((s) => s.textContent)).toEqual(['{"n":1}', '{"n":2}']);
  });

  it('hands the accordion reader entry titles named near an accordion, up to their grandparent', () => {
    const titles = (body: string) => signals(body).entryTitles.map((el) => el.textContent);
    const entry = (title: string) => `<div><div class="entry-title">${title}</div></div>`;
    expect(titles(`<div class="accordion">${entry('Two up')}</div>`)).toEqual(['Two up']);
    expect(titles(`<div class="accordion"><div>${entry('Three up')}</div></div>`)).toEqual([]);
    expect(titles('<div class="toggle-title">Itself</div>')).toEqual(['Itself']);
  });

  it('lists widget elements in document order, leaving out what a template holds', () => {
    const found = signals(
      '<dl id="one"></dl><details id="d"><summary>S</summary></details><template><dl id="hidden"></dl>' +
        '<button aria-expanded="false">Hidden</button></template><div><dl id="two"></dl></div>',
    );
    expect(found.definitionLists.map((el) => el.id)).toEqual(['one', 'two']);
    expect(found.details.map((el) => el.id)).toEqual(['d']);
    expect(found.disclosureTriggers).toEqual([]);
  });

  it('finds the same in the page survey\'s walk as in a walk of its own, script content left out', () => {
    const html =
      '<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"FAQPage"}</script>' +
      '<script>var q = "Q: Why?";</script><style>.q::after { content: "Q: How?" }</style></head><body>' +
      '<div class="accordion"><div class="faq-item"><h3 class="faq-title">Why?</h3><div>Because.</div></div></div>' +
      '<dl><dt>Term</dt><dd>Meaning</dd></dl><h2>How?</h2><p>So.</p><h2>When?</h2><p>Now.</p>' +
      '<template><details><summary>Hidden?</summary></details></template></body></html>';
    const alone = surveyFaqSignals(parseHtml(html));
    const doc = parseHtml(html);
    const along = new FaqSignalSurvey();
    surveyPage(doc, 1_000, along);
    const shared = along.signals();
    const shape = (s: FaqSignals) => ({
      ...s,
      details: s.details.length,
      definitionLists: s.definitionLists.map((el) => el.localName),
      disclosureTriggers: s.disclosureTriggers.length,
      entryTitles: s.entryTitles.map((el) => el.className),
      jsonLd: s.jsonLd.map((el) => el.textContent),
    });
    expect(shape(shared)).toEqual(shape(alone));
    expect(shape(shared)).toMatchObject({ details: 0, entryTitles: ['faq-title'], jsonLd: ['{"@type":"FAQPage"}'], textForms: true });
    // A label in a script is code, not text, in the shared walk too.
    const scriptOnly = new FaqSignalSurvey();
    surveyPage(parseHtml('<html><body><script>"Q: Why?"</script><p>Plain text.</p></body></html>'), 1_000, scriptOnly);
    expect(scriptOnly.signals().textForms).toBe(false);
  });
});

describe('FAQ names split across text nodes', () => {
  it('sees "Q&A" that a parser gave as three text nodes', () => {
    const doc = parseHtml('<html><body><h1>Community Q&amp;A</h1><h3>Why?</h3><p>Because.</p></body></html>');
    expect(doc.querySelector('h1')?.childNodes.length).toBeGreaterThan(1);
    expect(surveyFaqSignals(doc).faqNames).toBe(true);
  });
});
