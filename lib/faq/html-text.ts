/**
 * Plain text from an HTML string (schema.org answers often carry markup) without ever parsing it into a
 * document: the string may come from any page, and a detached parse is not available everywhere the
 * engine runs. Tags are dropped, block tags become spaces, character references are decoded.
 */
import { collapseSpace } from './text.ts';

/** Latin-1 named references, in code-point order from U+00A0. */
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018',
  rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', hellip: '\u2026',
  bull: '\u2022', trade: '\u2122', euro: '\u20ac', oelig: '\u0153', OElig: '\u0152', scaron: '\u0161',
  Scaron: '\u0160', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c',
  lrm: '\u200e', rlm: '\u200f', prime: '\u2032', rarr: '\u2192', larr: '\u2190', minus: '\u2212',
};
LATIN1_NAMES.forEach((name, i) => {
  NAMED[name] = String.fromCodePoint(0xa0 + i);
});

function fromCodePoint(code: number): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Decode numeric and the common named character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10)) || whole;
    }
    return NAMED[ref] ?? whole;
  });
}

const BLOCK_TAG = /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|dd|dt|dl|pre|hr)$/i;

/** Plain text of an HTML fragment, on one line. */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const withoutTags = withoutHidden.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) =>
    BLOCK_TAG.test(name) ? ' ' : '',
  );
  return collapseSpace(decodeEntities(withoutTags));
}
