/**
 * Groups the article's blocks into sections by heading.
 *
 * Every heading starts a section (levels are kept but not nested: a list is what the claims
 * and the UI need). The lead before the first heading is a section with heading '' and level 0.
 * A section without paragraphs is dropped, unless the next heading is deeper (it is then the
 * parent of subsections, e.g. "Results" directly followed by "Results › Speed").
 */
import type { Block, Section } from './types.ts';

export function splitSections(blocks: Block[]): Section[] {
  const all: Section[] = [{ heading: '', level: 0, paragraphs: [] }];
  for (const block of blocks) {
    if (block.kind === 'heading') all.push({ heading: withoutEditLink(block.text), level: block.level, paragraphs: [] });
    else all[all.length - 1]!.paragraphs.push(block.text);
  }
  return all.filter((section, index) => {
    if (section.paragraphs.length > 0) return true;
    const next = all[index + 1];
    return section.level > 0 && next !== undefined && next.level > section.level;
  });
}

/** A wiki's "[edit]" link beside a heading is page furniture, not part of the heading (the languages covered). */
function withoutEditLink(heading: string): string {
  return heading.replace(/\s*\[(?:edit|edit source|bearbeiten|quelltext bearbeiten|modifier|modifier le code|editar|editar código)\]\s*$/i, '');
}
