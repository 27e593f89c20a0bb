/**
 * Approximate substring search: where in `haystack` does `needle` occur with at most `maxErrors`
 * edits (insertions, deletions, substitutions)?
 *
 * A full dynamic-programming scan costs O(needle × haystack), too much for a 1 MB page and many
 * highlights. So the search is seeded: cut the needle into `maxErrors + 1` pieces; any occurrence
 * with at most `maxErrors` edits leaves at least one piece intact (pigeonhole), so exact hits of the
 * pieces point at every region worth checking. Only those windows get the exact edit-distance scan
 * (Sellers' algorithm, which lets the match start and end anywhere in the window).
 */

export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

export interface ApproximateSearchOptions {
  /** Where the needle is expected to start; used to order candidate regions. */
  expected?: number;
  /** Regions checked with the full scan, best supported first. */
  maxRegions?: number;
}

/** Pieces shorter than this hit too often to be useful seeds. */
const MIN_PIECE = 5;
/** A piece with more exact hits than this is too common to point anywhere. */
const MAX_HITS_PER_PIECE = 40;

/** Candidate start positions of the needle, from exact hits of its pieces. */
function seedStarts(haystack: string, needle: string, maxErrors: number): number[] {
  const pieceCount = Math.max(1, Math.min(maxErrors + 1, Math.floor(needle.length / MIN_PIECE)));
  const pieceLength = Math.floor(needle.length / pieceCount);
  const starts: number[] = [];
  for (let p = 0; p < pieceCount; p++) {
    const offset = p * pieceLength;
    const piece = needle.slice(offset, p === pieceCount - 1 ? needle.length : offset + pieceLength);
    const hits: number[] = [];
    for (let at = haystack.indexOf(piece); at !== -1; at = haystack.indexOf(piece, at + 1)) {
      hits.push(at - offset);
      if (hits.length > MAX_HITS_PER_PIECE) break;
    }
    if (hits.length <= MAX_HITS_PER_PIECE) starts.push(...hits);
  }
  return starts.sort((a, b) => a - b);
}

interface Region {
  from: number;
  to: number;
  votes: number;
}

/** Groups nearby candidate starts; each group's size says how many pieces agree on it. */
function groupStarts(starts: number[], slack: number): Region[] {
  const regions: Region[] = [];
  for (const s of starts) {
    const current = regions[regions.length - 1];
    if (current && s - current.to <= slack) {
      current.to = s;
      current.votes++;
    } else {
      regions.push({ from: s, to: s, votes: 1 });
    }
  }
  return regions;
}

/**
 * Sellers' algorithm over haystack[from, to): the best end position of a match of the whole
 * needle, tracking where that match starts. Ties prefer the match whose length is closest to the
 * needle's.
 */
export function bestMatchInWindow(haystack: string, needle: string, from: number, to: number): ApproximateMatch {
  const m = needle.length;
  let prevCost = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prevCost[i] = i;
    prevStart[i] = from;
  }
  let best: ApproximateMatch = { start: from, end: from, errors: m };
  for (let j = from; j < to; j++) {
    const ch = haystack.charCodeAt(j);
    cost[0] = 0;
    start[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const diagonal = prevCost[i - 1]! + (needle.charCodeAt(i - 1) === ch ? 0 : 1);
      const skipText = prevCost[i]! + 1;
      const skipNeedle = cost[i - 1]! + 1;
      if (diagonal <= skipText && diagonal <= skipNeedle) {
        cost[i] = diagonal;
        start[i] = prevStart[i - 1]!;
      } else if (skipText <= skipNeedle) {
        cost[i] = skipText;
        start[i] = prevStart[i]!;
      } else {
        cost[i] = skipNeedle;
        start[i] = start[i - 1]!;
      }
    }
    const errors = cost[m]!;
    const candidate = { start: start[m]!, end: j + 1, errors };
    if (
      errors < best.errors ||
      (errors === best.errors && Math.abs(candidate.end - candidate.start - m) < Math.abs(best.end - best.start - m))
    ) {
      best = candidate;
    }
    [prevCost, cost] = [cost, prevCost];
    [prevStart, start] = [start, prevStart];
  }
  return best;
}

export interface ApproximateSearch {
  /** The best match in each region checked (at most `maxErrors` edits), in no particular order. */
  matches: ApproximateMatch[];
  /**
   * Regions left unchecked although at least half as many pieces agree on them as on the best
   * region: the text repeats so often that the search cannot vouch for any single place.
   */
  unexamined: number;
}

export function approximateMatches(
  haystack: string,
  needle: string,
  maxErrors: number,
  opts: ApproximateSearchOptions = {},
): ApproximateSearch {
  if (needle.length === 0) return { matches: [], unexamined: 0 };
  const expected = opts.expected ?? 0;
  const regions = groupStarts(seedStarts(haystack, needle, maxErrors), maxErrors + 1).sort(
    (a, b) => b.votes - a.votes || Math.abs(a.from - expected) - Math.abs(b.from - expected),
  );
  const limit = opts.maxRegions ?? 8;
  const strong = Math.max(2, Math.ceil((regions[0]?.votes ?? 0) / 2));
  const unexamined = regions.slice(limit).filter((r) => r.votes >= strong).length;
  const matches: ApproximateMatch[] = [];
  for (const region of regions.slice(0, limit)) {
    const from = Math.max(0, region.from - maxErrors);
    const to = Math.min(haystack.length, region.to + needle.length + maxErrors);
    const match = bestMatchInWindow(haystack, needle, from, to);
    if (match.errors <= maxErrors && !matches.some((m) => m.start === match.start && m.end === match.end)) {
      matches.push(match);
    }
  }
  return { matches, unexamined };
}
