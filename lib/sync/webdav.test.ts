import { describe, expect, it } from 'vitest';
import { normalizeBaseUrl, normalizeEtag, parseMultistatus, WebDavClient } from './webdav.ts';
import { SyncError } from './errors.ts';

describe('WebDAV answers', () => {
  it('reads a Nextcloud-style multistatus (d: prefix, entities, the folder itself left out)', () => {
    const xml = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns">
 <d:response><d:href>/remote.php/dav/files/alice/Notes/precis/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype><d:getetag>&quot;6551&quot;</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/alice/Notes/precis/keys.json</d:href>
  <d:propstat><d:prop><d:resourcetype/><d:getetag>&quot;a1b2&quot;</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/alice/Notes/precis/0a1b.log.3</d:href>
  <d:propstat><d:prop><d:resourcetype/><d:getetag>W/"77-66"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/alice/Notes/precis/sub%20folder/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>`;
    const entries = parseMultistatus(xml, new URL('https://cloud.example/remote.php/dav/files/alice/Notes/precis/'));
    expect(entries).toEqual([
      { name: 'keys.json', etag: '"a1b2"', folder: false },
      { name: '0a1b.log.3', etag: '"77-66"', folder: false },
      { name: 'sub folder', etag: null, folder: true },
    ]);
  });

  it('reads Apache mod_dav answers (lp1: prefixes, absolute hrefs)', () => {
    const xml = `<D:multistatus xmlns:D="DAV:"><D:response xmlns:lp1="DAV:"><D:href>http://127.0.0.1:8080/dav/x/precis/a.snap.2</D:href>
<D:propstat><D:prop><lp1:resourcetype/><lp1:getetag>"5-abc"</lp1:getetag></D:prop></D:propstat></D:response></D:multistatus>`;
    expect(parseMultistatus(xml, new URL('http://127.0.0.1:8080/dav/x/precis/'))).toEqual([{ name: 'a.snap.2', etag: '"5-abc"', folder: false }]);
  });

  it('treats a weak ETag as the same version as its strong form', () => {
    expect(normalizeEtag('W/"3-abc"')).toBe('"3-abc"');
    expect(normalizeEtag(null)).toBeNull();
  });

  it('refuses addresses that are not http(s) or carry credentials, and adds the trailing slash', () => {
    expect(normalizeBaseUrl('https://cloud.example/remote.php/dav/files/alice').href).toBe('https://cloud.example/remote.php/dav/files/alice/');
    expect(() => normalizeBaseUrl('ftp://x')).toThrow(SyncError);
    expect(() => normalizeBaseUrl('https://alice:pw@cloud.example/')).toThrow(/own fields/);
    expect(() => normalizeBaseUrl('not a url')).toThrow(/not a valid URL/);
  });

  it('refuses an opaque redirect (what a browser reports for redirect: "manual")', async () => {
    const fakeFetch = (async () => ({ type: 'opaqueredirect', status: 0, headers: new Headers() }) as unknown as Response) as typeof fetch;
    const client = new WebDavClient({ baseUrl: 'https://cloud.example/dav/', username: 'u', password: 'p', fetch: fakeFetch });
    await expect(client.list('precis/')).rejects.toMatchObject({ kind: 'redirect' });
  });

  it('sends the password only as a Basic header, never in the URL', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fakeFetch = (async (input: URL, init: RequestInit) => {
      seen.push({ url: String(input), auth: new Headers(init.headers).get('authorization') });
      return new Response(null, { status: 404 });
    }) as unknown as typeof fetch;
    const client = new WebDavClient({ baseUrl: 'https://cloud.example/dav/', username: 'alice', password: 'pässword', fetch: fakeFetch });
    expect(await client.get('precis/keys.json')).toBeNull();
    expect(seen[0]!.url).toBe('https://cloud.example/dav/precis/keys.json');
    expect(atob(seen[0]!.auth!.slice('Basic '.length))).toBe(String.fromCharCode(...new TextEncoder().encode('alice:pässword')));
  });

  it('takes a 403 to MKCOL for success only when the folder is there after all (another device made it)', async () => {
    const answer = (exists: boolean) =>
      (async (_input: URL, init: RequestInit) =>
        init.method === 'MKCOL'
          ? new Response(null, { status: 403 })
          : new Response(exists ? '<d:multistatus xmlns:d="DAV:"></d:multistatus>' : null, { status: exists ? 207 : 404 })) as unknown as typeof fetch;
    const made = new WebDavClient({ baseUrl: 'https://cloud.example/dav/', username: 'u', password: 'p', fetch: answer(true) });
    await expect(made.mkcol('precis/')).resolves.toBeUndefined();
    const refused = new WebDavClient({ baseUrl: 'https://cloud.example/dav/', username: 'u', password: 'p', fetch: answer(false) });
    await expect(refused.mkcol('precis/')).rejects.toMatchObject({ kind: 'auth' });
  });
});
