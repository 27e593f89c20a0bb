/**
 * Just enough WebDriver BiDi to drive a headless firefox-esr: start it on a fresh profile, open a session,
 * send commands and wait for their answers. playwright-core cannot drive Firefox ESR (see TOOLCHAIN.md), and
 * BiDi is what Firefox speaks natively.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export const FIREFOX = '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX);

/** Quiet, offline, first-run-free profile; the add-on's internal UUID is pinned so its pages are known. */
const PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'browser.tabs.warnOnClose': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

export interface BidiBrowser {
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** `extraPrefs`: more of the profile's preferences, for what a test needs of the browser. */
export async function launchFirefox(addonUuids: Record<string, string> = {}, extraPrefs: Record<string, unknown> = {}): Promise<BidiBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'precis-firefox-'));
  const prefs = { ...PREFS, ...extraPrefs, 'extensions.webextensions.uuids': JSON.stringify(addonUuids) };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`).join('\n'));
  const firefox = spawn(FIREFOX, ['--headless', '--remote-debugging-port=0', '--no-remote', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const address = await bidiAddress(firefox);
    const socket = new WebSocket(`${address}/session`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const browser = client(socket, async () => {
      socket.close();
      await stop(firefox);
      rmSync(profile, { recursive: true, force: true });
    });
    await browser.send('session.new', { capabilities: {} });
    return browser;
  } catch (error) {
    await stop(firefox);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Firefox prints "WebDriver BiDi listening on ws://127.0.0.1:PORT" on stderr once it is ready. */
function bidiAddress(firefox: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`firefox-esr did not start BiDi within 60 s:\n${seen.slice(-2000)}`)), 60_000);
    firefox.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    firefox.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`firefox-esr exited (${code}) before BiDi was ready:\n${seen.slice(-2000)}`));
    });
  });
}

function client(socket: WebSocket, close: () => Promise<void>): BidiBrowser {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string }>();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    if (message.id === undefined) return;
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.type === 'error') pending.reject(new Error(`${pending.method}: ${message.error} ${message.message ?? ''}`));
    else pending.resolve(message.result);
  });
  return {
    send: <T>(method: string, params: Record<string, unknown>) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close,
  };
}

function stop(firefox: ChildProcess): Promise<void> {
  if (firefox.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => firefox.kill('SIGKILL'), 10_000);
    firefox.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    firefox.kill('SIGTERM');
  });
}
