/**
 * What every Chromium test file starts with: a static server for its pages and Chromium with the built extension,
 * opened before the file's tests and closed after them (also when opening failed half way).
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './extension-browser.ts';
import { serveFolders, type StaticServer } from './static-server.ts';

export interface Session {
  browser: ExtensionBrowser;
  server: StaticServer;
}

/** Call inside a `describe`; `opened` hands the session to the file's own variables once it is up. */
export function useSession(folders: Record<string, string>, opened: (session: Session) => void): void {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveFolders(folders);
    browser = await launchWithExtension();
    opened({ browser, server });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
