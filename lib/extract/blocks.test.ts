import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/dom.ts';
import { articleBlocks } from './blocks.ts';

function blocksOf(bodyHtml: string) {
  const doc = parseHtml(`<!DOCTYPE html><html><body><div id="root">${bodyHtml}</div></body></html>`);
  return articleBlocks(doc.getElementById('root')!);
}

describe('articleBlocks', () => {
  it('turns h1–h6 into headings and p into paragraphs, collapsing whitespace', () => {
    expect(blocksOf('<h2>  Why   it\n matters </h2><p>First\n   paragraph,\twith  spaces.</p><h3>Detail</h3><p>Second.</p>')).toEqual([
      { kind: 'heading', level: 2, text: 'Why it matters' },
      { kind: 'paragraph', text: 'First paragraph, with spaces.' },
      { kind: 'heading', level: 3, text: 'Detail' },
      { kind: 'paragraph', text: 'Second.' },
    ]);
  });

  it('makes a bold-only short paragraph a heading', () => {
    const blocks = blocksOf('<p><strong>The Advantage of Youth</strong></p><p>Text follows.</p><p> <b>Second <em>label</em></b> </p>');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'The Advantage of Youth' },
      { kind: 'paragraph', text: 'Text follows.' },
      { kind: 'heading', level: 2, text: 'Second label' },
    ]);
  });

  it('gives bold headings the level below the real headings around them', () => {
    const blocks = blocksOf('<h2>Part one</h2><p><strong>A detail</strong></p><p>Text.</p>');
    expect(blocks[1]).toEqual({ kind: 'heading', level: 3, text: 'A detail' });
  });

  it('keeps bold sentences, partly bold paragraphs and long bold text as paragraphs', () => {
    const blocks = blocksOf(
      '<p><strong>This whole sentence is bold.</strong></p>' +
        '<p><strong>Note</strong> that only a part is bold</p>' +
        `<p><strong>${'word '.repeat(40)}</strong></p>`,
    );
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps a "Q:" label with its "A:" after <br> as one paragraph with a line break', () => {
    const blocks = blocksOf('<p><strong>Q: What is DeepSeek’s approach?</strong><br>\n      A: Hiring young PhD students.</p>');
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Q: What is DeepSeek’s approach?\nA: Hiring young PhD students.' }]);
  });

  it('never makes a bold "Q:" label a heading, even alone', () => {
    expect(blocksOf('<p><b>Q: Is it open source?</b></p>')).toEqual([{ kind: 'paragraph', text: 'Q: Is it open source?' }]);
  });

  it('turns <br> inside a paragraph into "\\n" and drops empty lines', () => {
    expect(blocksOf('<p>Line one<br>line two<br><br>  line three</p>')).toEqual([
      { kind: 'paragraph', text: 'Line one\nline two\nline three' },
    ]);
  });

  it('reads list items, quotes, preformatted text, cells, dt/dd and loose div text as paragraphs', () => {
    const blocks = blocksOf(
      'Loose text in a div<ul><li>First item<ul><li>Nested item</li></ul></li></ul>' +
        '<blockquote>Quoted.</blockquote><pre>  code line 1\n\n  code line 2  </pre>' +
        '<table><tr><td>Cell A</td><td>Cell <a href="/b">B</a></td></tr></table>' +
        '<dl><dt>Term</dt><dd>Definition</dd></dl><div>Tail <span>text</span></div>',
    );
    expect(blocks.map((block) => block.text)).toEqual([
      'Loose text in a div',
      'First item',
      'Nested item',
      'Quoted.',
      '  code line 1\n  code line 2',
      'Cell A',
      'Cell B',
      'Term',
      'Definition',
      'Tail text',
    ]);
  });

  it('leaves out scripts, styles, form controls and hidden elements', () => {
    const blocks = blocksOf(
      '<p>Visible.</p><script>var x = 1;</script><style>p{}</style><button>Click</button>' +
        '<p hidden>Hidden attr.</p><p style="display: none">No display.</p><div aria-hidden="true"><p>Aria.</p></div>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Visible.' }]);
  });

  it('walks 5,000 levels of nesting without overflowing the stack', () => {
    const depth = 5_000;
    const blocks = blocksOf(`${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}`);
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Deep text.' }]);
  });
});
