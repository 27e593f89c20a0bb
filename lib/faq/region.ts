/**
 * A page region prepared once for all FAQ readers: its blocks in reading order, which parts are FAQ
 * sections, and which parts are page furniture.
 */
import type { FaqPair } from '../types.ts';
import { readBlocks, type Block } from './blocks.ts';
import { FaqContext } from './context.ts';
import { Scope } from './scope.ts';

export interface Region {
  root: Element;
  blocks: Block[];
  context: FaqContext;
  scope: Scope;
}

/** A pair as a reader found it, before cleaning and merging; `position` is its place in reading order. */
export interface FoundPair extends FaqPair {
  position: number;
}

export function readRegion(root: Element): Region {
  const blocks = readBlocks(root);
  return { root, blocks, context: new FaqContext(root, blocks), scope: new Scope(root) };
}

/** Elements matching `selector` inside the region and outside its furniture, in document order. */
export function queryInScope(region: Region, selector: string): Element[] {
  return Array.from(region.root.querySelectorAll(selector)).filter((el) => !region.scope.excludes(el));
}
