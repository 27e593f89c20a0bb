/**
 * The page address highlights are filed under: the same article reached through a newsletter
 * link, a social share or an in-page anchor must find the same highlights.
 */

/** Query parameters that only track where a visit came from; they never change the page. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'ref_src', 'ref_url', 'spm', 'scid',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * The URL without its fragment and tracking parameters (utm_*, fbclid, gclid, mc_eid, ...).
 * Scheme and host are lower-cased and default ports dropped by URL parsing; other parameters keep
 * their order. A string that is not a URL is returned trimmed, without anything after '#'.
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim().split('#')[0]!;
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  if (kept.length !== [...url.searchParams].length) {
    url.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  }
  return url.href;
}
