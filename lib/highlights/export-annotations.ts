/**
 * Export as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD: one
 * AnnotationCollection; each highlight an Annotation whose target is the page with our selectors,
 * and whose body, when there is a note, is that note. The colour goes into a tagging body.
 */
import type { Highlight } from './record.ts';
import { sortForExport } from './export-json.ts';

function annotationOf(h: Highlight): Record<string, unknown> {
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: `color:${h.color}` }];
  if (h.note) body.unshift({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' });
  return {
    id: `urn:precis:highlight:${h.id}`,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.created,
    modified: h.updated,
    body,
    target: { source: h.url, selector: h.selectors },
  };
}

export function exportWebAnnotations(highlights: Highlight[]): string {
  const items = sortForExport(highlights).map(annotationOf);
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Precis highlights',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
