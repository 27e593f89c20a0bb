/**
 * schema.org FAQPage in JSON-LD: single objects, arrays, `@graph`, `mainEntity` as an object, an array
 * or `@id` references to nodes elsewhere in the graph (as Yoast SEO writes it), `@type` as a string or an
 * array. Answers often hold HTML, which becomes plain text without being parsed into any document.
 * A script that is not valid JSON (even after forgiving the usual slips) is skipped.
 */
import { htmlToText } from './html-text.ts';
import type { FoundPair } from './region.ts';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** "FAQPage", "schema:FAQPage" and "https://schema.org/FAQPage" all name the same type. */
function hasType(node: JsonObject, type: string): boolean {
  return asList(node['@type']).some(
    (t) => typeof t === 'string' && t.replace(/^.*[/:#]/, '').toLowerCase() === type.toLowerCase(),
  );
}

/** JSON.parse, then again after removing HTML comment wrappers, raw control characters and trailing commas. */
function parseLenient(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    const repaired = source
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined; // malformed beyond repair: this script says nothing
    }
  }
}

/** Every object in the parsed scripts, depth first, and an index of those with an `@id`. */
function collectNodes(roots: readonly unknown[]): { nodes: JsonObject[]; byId: Map<string, JsonObject> } {
  const nodes: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isObject(value) || seen.has(value)) return;
    seen.add(value);
    nodes.push(value);
    const id = value['@id'];
    // A bare {"@id": …} is a reference, not the node itself.
    if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
    for (const child of Object.values(value)) visit(child);
  };
  roots.forEach(visit);
  return { nodes, byId };
}

function resolve(value: unknown, byId: Map<string, JsonObject>): JsonObject | null {
  if (!isObject(value)) return null;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? null;
  return value;
}

/** Text of a schema.org property that may be a string, a list of strings or an object with `text`/`name`. */
function textValue(value: unknown): string {
  for (const item of asList(value)) {
    if (typeof item === 'string' && item.trim() !== '') return htmlToText(item);
    if (isObject(item)) {
      const inner = textValue(item['text'] ?? item['name']);
      if (inner) return inner;
    }
  }
  return '';
}

function answerText(question: JsonObject, byId: Map<string, JsonObject>): string {
  for (const key of ['acceptedAnswer', 'suggestedAnswer']) {
    for (const ref of asList(question[key])) {
      const answer = resolve(ref, byId);
      const text = answer ? textValue(answer['text']) : '';
      if (text) return text;
    }
  }
  return '';
}

export function isJsonLdScript(el: Element): boolean {
  return /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? '');
}

/** The FAQ pairs in the page's JSON-LD scripts. */
export function readJsonLd(doc: Document): FoundPair[] {
  return readJsonLdScripts(Array.from(doc.querySelectorAll('script')).filter(isJsonLdScript));
}

/** The FAQ pairs in JSON-LD scripts already found (see signals.ts). */
export function readJsonLdScripts(scripts: readonly Element[]): FoundPair[] {
  const parsed = scripts.map((script) => parseLenient(script.textContent ?? ''));
  const { nodes, byId } = collectNodes(parsed);
  const pairs: FoundPair[] = [];
  const seenQuestions = new Set<JsonObject>();
  for (const page of nodes.filter((node) => hasType(node, 'FAQPage'))) {
    for (const ref of asList(page['mainEntity'] ?? page['hasPart'])) {
      const question = resolve(ref, byId);
      if (!question || seenQuestions.has(question) || !hasType(question, 'Question')) continue;
      seenQuestions.add(question);
      const text = textValue(question['name']) || textValue(question['text']);
      const answer = answerText(question, byId);
      if (text && answer) pairs.push({ question: text, answer, source: 'json-ld', position: Number.MAX_SAFE_INTEGER });
    }
  }
  return pairs;
}
