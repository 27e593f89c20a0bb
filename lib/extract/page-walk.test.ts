import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/dom.ts';
import { surveyPage } from './page-survey.ts';
import { type NodeVisitor, walkDocument } from './page-walk.ts';

/** Records what a walk shows: "tag@depth" for elements, "'text'@depth" for text nodes. */
class Recorder implements NodeVisitor {
  readonly seen: string[] = [];
  element(el: Element, depth: number): void {
    this.seen.push(`${el.localName}@${depth}`);
  }
  text(node: Node, depth: number): void {
    this.seen.push(`'${node.nodeValue ?? ''}'@${depth}`);
  }
}

const html = '<!DOCTYPE html><html><head><title>T</title></head><body><div>a<p>b<!-- c --><b>d</b></p></div>e</body></html>';

describe('walkDocument', () => {
  it('shows every element and text node in document order, with its depth, and skips comments', () => {
    const recorder = new Recorder();
    walkDocument(parseHtml(html), recorder);
    expect(recorder.seen).toEqual([
      'html@1', 'head@2', 'title@3', "'T'@4", 'body@2', 'div@3', "'a'@4", 'p@4', "'b'@5", 'b@5', "'d'@6", "'e'@3",
    ]);
  });

  it('walks a pathologically deep page without overflowing the stack', () => {
    const depth = 20_000;
    const doc = parseHtml(`<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`);
    let deepest = 0;
    walkDocument(doc, {
      element: (_el, d) => {
        deepest = Math.max(deepest, d);
      },
      text: () => {},
    });
    expect(deepest).toBe(depth + 2);
  });

  it('ends where an element reader says so', () => {
    const seen: string[] = [];
    const doc = parseHtml('<html><head></head><body><p>one</p><p>two</p><p>three</p></body></html>');
    walkDocument(doc, {
      element: (el) => {
        seen.push(el.localName);
        if (el.localName === 'p' && seen.includes('one')) return false;
      },
      text: (node) => void seen.push(node.nodeValue ?? ''),
    });
    expect(seen).toEqual(['html', 'head', 'body', 'p', 'one', 'p']);
  });
});

describe('surveyPage with another reader', () => {
  it('shows the reader what walkDocument shows it', () => {
    const alone = new Recorder();
    walkDocument(parseHtml(html), alone);
    const along = new Recorder();
    const survey = surveyPage(parseHtml(html), 1_000, along);
    expect(along.seen).toEqual(alone.seen);
    expect(survey.elements).toBe(7);
  });
});
