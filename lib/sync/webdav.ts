/**
 * A small WebDAV client on fetch: PROPFIND (depth 1), GET, PUT with If-Match / If-None-Match, MKCOL, DELETE.
 * Every request has a timeout, sends Basic credentials only to the configured origin, and never follows a
 * redirect to another origin. Answers are mapped to what the sync needs (a missing file is null, a failed
 * precondition a value) or to a SyncError in the user's words.
 */
import type { Bytes } from './crypto.ts';
import { httpError, SyncError } from './errors.ts';

export interface RemoteEntry {
  /** The last path segment, decoded. */
  name: string;
  etag: string | null;
  folder: boolean;
}

export type PutCondition = { ifNoneMatch: '*' } | { ifMatch: string } | null;
export type PutResult = { ok: true; etag: string | null } | { ok: false; reason: 'precondition' | 'missing-parent' };

/** What the sync needs from a server; WebDavClient talks to a real one, tests may use a memory one as well. */
export interface Remote {
  /** The entries of a folder (path ending in '/'), or null when the folder does not exist. */
  list(folder: string): Promise<RemoteEntry[] | null>;
  /** A file's bytes, or null when it does not exist. */
  get(path: string): Promise<{ body: Bytes; etag: string | null } | null>;
  put(path: string, body: Bytes, condition: PutCondition): Promise<PutResult>;
  /** Creates a folder (path ending in '/'); one that already exists is fine. */
  mkcol(path: string): Promise<void>;
  /** Removes a file; one already gone is fine. */
  remove(path: string): Promise<void>;
}

export interface WebDavOptions {
  /** The folder URL the user gave (a WebDAV collection); Precis works in `precis/` under it. */
  baseUrl: string;
  username: string;
  password: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_SAME_ORIGIN_REDIRECTS = 3;

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/></d:prop></d:propfind>';

/** The base URL with a trailing slash, or a SyncError when it is not an http(s) address. */
export function normalizeBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SyncError('not-found', 'The server address is not a valid URL (it starts with https://).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SyncError('not-found', 'The server address must start with https:// or http://.');
  if (url.username || url.password) throw new SyncError('not-found', 'Put the user name and app password in their own fields, not in the address.');
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * An ETag without its weak marker: Apache calls a file's ETag weak for the second after it changed and strong
 * afterwards, with the same value, and Precis compares ETags to notice that a file changed.
 */
export function normalizeEtag(etag: string | null | undefined): string | null {
  return etag ? etag.trim().replace(/^W\//, '') : null;
}

function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return XML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The entries of a 207 Multi-Status answer (any namespace prefix), without the listed folder itself. */
export function parseMultistatus(xml: string, folderUrl: URL): RemoteEntry[] {
  const tag = (name: string) => new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>`, 'i');
  const responses = xml.match(/<(?:[\w.-]+:)?response\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?response>/gi) ?? [];
  const entries: RemoteEntry[] = [];
  for (const response of responses) {
    const href = tag('href').exec(response)?.[1];
    if (!href) continue;
    let path: string;
    try {
      path = new URL(xmlText(href.trim()), folderUrl).pathname;
    } catch {
      continue;
    }
    const folder = /<(?:[\w.-]+:)?collection\b/i.test(response);
    const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
    if (`${trimmed}/` === folderUrl.pathname || trimmed === folderUrl.pathname) continue;
    let name: string;
    try {
      name = decodeURIComponent(trimmed.slice(trimmed.lastIndexOf('/') + 1));
    } catch {
      continue;
    }
    const etag = tag('getetag').exec(response)?.[1];
    entries.push({ name, etag: etag ? normalizeEtag(xmlText(etag)) : null, folder });
  }
  return entries;
}

export class WebDavClient implements Remote {
  readonly base: URL;
  private readonly auth: string;
  private readonly timeoutMs: number;
  private readonly fetcher: typeof fetch;

  constructor(options: WebDavOptions) {
    this.base = normalizeBaseUrl(options.baseUrl);
    this.auth = basicAuth(options.username, options.password);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  }

  private url(path: string): URL {
    return new URL(path.split('/').map(encodeURIComponent).join('/'), this.base);
  }

  /** One request with its timeout, same-origin redirects followed and others refused; the body is read in full. */
  private async request(method: string, url: URL, what: string, headers: Record<string, string> = {}, body?: Bytes | string): Promise<{ status: number; headers: Headers; body: Bytes }> {
    let target = url;
    for (let hop = 0; ; hop++) {
      const signal = AbortSignal.timeout(this.timeoutMs);
      let response: Response;
      try {
        response = await this.fetcher(target, {
          method,
          headers: { Authorization: this.auth, ...headers },
          body,
          redirect: 'manual',
          credentials: 'omit',
          cache: 'no-store',
          signal,
        });
        if (response.type === 'opaqueredirect') throw this.redirectError(null);
        if (response.status >= 300 && response.status < 400 && response.status !== 304) {
          const location = response.headers.get('location');
          const next = location ? new URL(location, target) : null;
          await response.body?.cancel();
          if (!next || next.origin !== this.base.origin || hop >= MAX_SAME_ORIGIN_REDIRECTS) throw this.redirectError(next);
          target = next;
          continue;
        }
        return { status: response.status, headers: response.headers, body: new Uint8Array(await response.arrayBuffer()) };
      } catch (error) {
        if (error instanceof SyncError) throw error;
        if (signal.aborted) {
          throw new SyncError('timeout', `The sync server did not answer within ${Math.round(this.timeoutMs / 1000)} s while ${what}. Precis will try again.`, undefined, { cause: error });
        }
        throw new SyncError('offline', `The sync server could not be reached while ${what} (offline, server down, or a wrong address). Changes wait here and are sent when it answers.`, undefined, { cause: error });
      }
    }
  }

  private redirectError(to: URL | null): SyncError {
    const where = to ? ` to ${to.origin}` : '';
    return new SyncError('redirect', `The server redirected Precis${where}; it only talks to the address in the settings. Enter the final WebDAV address instead.`);
  }

  async list(folder: string): Promise<RemoteEntry[] | null> {
    const url = this.url(folder);
    const reply = await this.request('PROPFIND', url, 'listing the sync folder', { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' }, PROPFIND_BODY);
    if (reply.status === 404) return null;
    if (reply.status !== 207) throw httpError(reply.status, 'listing the sync folder');
    return parseMultistatus(new TextDecoder().decode(reply.body), url);
  }

  async get(path: string): Promise<{ body: Bytes; etag: string | null } | null> {
    const reply = await this.request('GET', this.url(path), 'downloading a sync file');
    if (reply.status === 404) return null;
    if (reply.status !== 200) throw httpError(reply.status, 'downloading a sync file');
    return { body: reply.body, etag: normalizeEtag(reply.headers.get('etag')) };
  }

  async put(path: string, body: Bytes, condition: PutCondition): Promise<PutResult> {
    const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
    if (condition && 'ifNoneMatch' in condition) headers['If-None-Match'] = condition.ifNoneMatch;
    if (condition && 'ifMatch' in condition) headers['If-Match'] = condition.ifMatch;
    const reply = await this.request('PUT', this.url(path), 'uploading changes', headers, body);
    if (reply.status === 412) return { ok: false, reason: 'precondition' };
    // RFC 4918: PUT into a folder that does not exist is 409 Conflict.
    if (reply.status === 409) return { ok: false, reason: 'missing-parent' };
    if (reply.status !== 200 && reply.status !== 201 && reply.status !== 204) throw httpError(reply.status, 'uploading changes');
    return { ok: true, etag: normalizeEtag(reply.headers.get('etag')) };
  }

  async mkcol(path: string): Promise<void> {
    const reply = await this.request('MKCOL', this.url(path), 'creating the sync folder');
    // 405: it exists already.
    if (reply.status === 201 || reply.status === 405) return;
    // Two devices creating the folder at the same moment: Apache's mod_dav answers the one that loses with 403
    // (its mkdir meets the other's), so a refusal is only final if the folder still is not there.
    if (reply.status === 403 && (await this.list(path)) !== null) return;
    if (reply.status === 409) throw new SyncError('not-found', 'The folder in the server address does not exist on the server. Check the address.', 409);
    throw httpError(reply.status, 'creating the sync folder');
  }

  async remove(path: string): Promise<void> {
    const reply = await this.request('DELETE', this.url(path), 'removing an old sync file');
    if (reply.status === 404 || (reply.status >= 200 && reply.status < 300)) return;
    throw httpError(reply.status, 'removing an old sync file');
  }
}
