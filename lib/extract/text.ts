/** The article as plain text, and the cap that keeps it to a size the later stages can handle. */
import type { Block } from '../types.ts';
import type { SourcedBlock } from './blocks.ts';

/** Every block's text (headings included), separated by a blank line. Nothing else. */
export function articleText(blocks: Block[]): string {
  return blocks.map((block) => block.text).join('\n\n');
}

/**
 * Keeps the leading blocks up to `maxChars` of text, cutting the last one at a word boundary.
 * `cut` says whether anything was left out.
 */
export function capBlocks(blocks: SourcedBlock[], maxChars: number): { blocks: SourcedBlock[]; cut: boolean } {
  const out: SourcedBlock[] = [];
  let used = 0;
  for (const sourced of blocks) {
    const room = maxChars - used;
    const { block } = sourced;
    if (block.text.length <= room) {
      out.push(sourced);
      used += block.text.length;
      continue;
    }
    const space = block.text.lastIndexOf(' ', room);
    const text = block.text.slice(0, space > 0 ? space : room).trimEnd();
    if (block.kind === 'paragraph' && text !== '') out.push({ block: { kind: 'paragraph', text }, unlinked: text });
    return { blocks: out, cut: true };
  }
  return { blocks: out, cut: false };
}
