import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/dom.ts';
import { closestWhere, descendantsWhere, hasDescendantWhere } from './query.ts';

const page = parseHtml(
  '<!DOCTYPE html><html><body><div id="root"><p id="a"><b id="b">x</b></p>' +
    '<template id="t"><p id="hidden"></p></template><section><p id="c"></p></section></div></body></html>',
);
const root = page.getElementById('root') as Element;
const isP = (el: Element) => el.localName === 'p';

describe('selector-free queries', () => {
  it('find what querySelectorAll finds, in document order, template content left out', () => {
    expect(descendantsWhere(root, isP).map((el) => el.id)).toEqual(['a', 'c']);
    expect(descendantsWhere(root, isP)).toEqual(Array.from(root.querySelectorAll('p')));
    expect(descendantsWhere(root, (el) => el.localName === 'template').map((el) => el.id)).toEqual(['t']);
  });

  it('say whether any descendant passes, the element itself not counted', () => {
    expect(hasDescendantWhere(root, (el) => el.id === 'b')).toBe(true);
    expect(hasDescendantWhere(root, (el) => el.id === 'hidden')).toBe(false);
    expect(hasDescendantWhere(root, (el) => el.id === 'root')).toBe(false);
  });

  it('find the closest element as closest() does, the element itself first', () => {
    const bold = page.getElementById('b') as Element;
    expect(closestWhere(bold, isP)?.id).toBe('a');
    expect(closestWhere(bold, (el) => el.localName === 'b')).toBe(bold);
    expect(closestWhere(bold, (el) => el.localName === 'table')).toBeNull();
  });
});
