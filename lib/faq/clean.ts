/**
 * The final text of a pair: no "Q:"/"A:" labels, no list numbering, no accordion icons, no trailing
 * "Read more" or "Was this helpful?" widgets, whitespace collapsed.
 */
import { afterAnswerLabel, afterQuestionLabel } from './labels.ts';
import { collapseSpace } from './text.ts';

/** "1.", "2)", "#3", "Q1 –" style numbering in front of a question. */
const LEADING_NUMBER = /^(?:#?\d{1,3}[.):]|\d{1,3}\s*[-–—])\s+/;

/** Expand/collapse glyphs that accordions put around their question. */
const ICONS = /^[\s+\-−–—▼▲▾▸▴▿›‹»«×✕⌄⌃•·]+|[\s+\-−–—▼▲▾▸▴▿›‹»«×✕⌄⌃•·¶§#]+$/gu;

/** Link text and feedback widgets that close an answer without being part of it. */
const TRAILING_WIDGETS = [
  /\s*(read|learn|see|find out|view) more\s*[.…»›>→]*$/iu,
  /\s*continue reading\s*[.…»›>→]*$/iu,
  /\s*(leer|ver) más\s*[.…»›>→]*$/iu,
  /\s*(weiterlesen|mehr lesen|mehr erfahren)\s*[.…»›>→]*$/iu,
  /\s*(lire la suite|en savoir plus)\s*[.…»›>→]*$/iu,
  /\s*(leggi di più|ler mais|saiba mais)\s*[.…»›>→]*$/iu,
  /\s*(続きを読む|もっと見る|阅读更多|查看更多|了解更多|اقرأ المزيد)\s*[.…»›>→]*$/u,
  /\s*was this (answer|article|information)? ?helpful\??(\s*(yes|no)){0,2}\s*$/iu,
];

function stripAll(text: string, patterns: readonly RegExp[]): string {
  let current = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of patterns) {
      const next = current.replace(pattern, '');
      if (next !== current) {
        current = next;
        changed = true;
      }
    }
  }
  return current;
}

export function cleanQuestion(raw: string): string {
  let text = collapseSpace(raw).replace(ICONS, '');
  text = afterQuestionLabel(text) ?? text;
  text = text.replace(LEADING_NUMBER, '');
  return collapseSpace(text.replace(ICONS, ''));
}

export function cleanAnswer(raw: string): string {
  let text = collapseSpace(raw);
  text = afterAnswerLabel(text) ?? text;
  text = stripAll(text, TRAILING_WIDGETS);
  return collapseSpace(text);
}
