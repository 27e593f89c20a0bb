// @vitest-environment happy-dom
/**
 * A browser that runs script keeps a `<noscript>`'s markup as one text node; the FAQ in it must still be
 * read, as it is on linkedom where the markup is elements (see the details-noscript-fr fixture).
 */
import { describe, expect, it } from 'vitest';
import { extractFaq } from './index.ts';

function scriptBuiltPage(noscriptMarkup: string, drawn = ''): Document {
  const doc = document.implementation.createHTMLDocument('Questions fréquentes');
  const noscript = doc.createElement('noscript');
  noscript.appendChild(doc.createTextNode(noscriptMarkup));
  const root = doc.createElement('div');
  root.id = 'root';
  root.textContent = drawn;
  doc.body.append(noscript, root);
  return doc;
}

const FAQ = `<main><h1>Questions fréquentes</h1>
<details><summary>Comment louer un vélo ?</summary><p>Scannez le code QR de la borne.</p></details>
<details><summary>Combien coûte un trajet ?</summary><p>Les 30 premières minutes sont gratuites.</p></details></main>`;

describe('an FAQ only inside <noscript>, kept as text', () => {
  it('is read from the text as the page would show it without script', () => {
    const pairs = extractFaq(scriptBuiltPage(FAQ), null);
    expect(pairs).toEqual([
      { question: 'Comment louer un vélo ?', answer: 'Scannez le code QR de la borne.', source: 'details' },
      { question: 'Combien coûte un trajet ?', answer: 'Les 30 premières minutes sont gratuites.', source: 'details' },
    ]);
  });

  it('gives nothing for a notice to turn script on', () => {
    expect(extractFaq(scriptBuiltPage('<p>Activez JavaScript pour utiliser ce site.</p>'), null)).toEqual([]);
  });
});
