/**
 * A page region prepared for the FAQ readers: its blocks in reading order, which parts are FAQ sections,
 * and which parts are page furniture. Blocks and sections are read on first use: a page whose signals
 * leave every text reader out never pays for them.
 */
import type { FaqPair } from '../types.ts';
import { readBlocks, type Block } from './blocks.ts';
import { FaqContext } from './context.ts';
import { Scope } from './scope.ts';

export class Region {
  readonly scope: Scope;
  private blockList: Block[] | null = null;
  private faqContext: FaqContext | null = null;

  /**
   * `mayHaveFaqSections`: false when no text of the region could name an FAQ section; `wholePage`: the
   * region is a page that is an FAQ as a whole (see `isFaqPage`).
   */
  constructor(
    readonly root: Element,
    private readonly mayHaveFaqSections = true,
    private readonly wholePage = false,
  ) {
    this.scope = new Scope(root);
  }

  get blocks(): Block[] {
    this.blockList ??= readBlocks(this.root);
    return this.blockList;
  }

  get context(): FaqContext {
    this.faqContext ??= new FaqContext(this.root, () => this.blocks, this.mayHaveFaqSections, this.wholePage);
    return this.faqContext;
  }
}

/** A pair as a reader found it, before cleaning and merging; `position` is its place in reading order. */
export interface FoundPair extends FaqPair {
  position: number;
}

export function readRegion(root: Element, mayHaveFaqSections = true, wholePage = false): Region {
  return new Region(root, mayHaveFaqSections, wholePage);
}

/**
 * Those of `elements` (found on the whole page, see signals.ts) inside the region and outside its
 * furniture, in the order given: what a selector query on the region would have found.
 */
export function inScope(region: Region, elements: readonly Element[]): Element[] {
  return elements.filter((el) => el !== region.root && !region.scope.excludes(el));
}
