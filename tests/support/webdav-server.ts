/**
 * A real WebDAV server for tests and the bench: Debian's Apache 2.4 with mod_dav_fs and Basic auth, started on
 * 127.0.0.1 with a configuration and folder of its own under a temporary directory, and stopped afterwards.
 * Tests skip with WEBDAV_MISSING when Apache is not installed (`.ci/run` installs apache2 and apache2-utils).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APACHE = '/usr/sbin/apache2';
const HTPASSWD = '/usr/bin/htpasswd';
const MODULES = '/usr/lib/apache2/modules';

export const webdavMissing: string | null =
  existsSync(APACHE) && existsSync(HTPASSWD) && existsSync(join(MODULES, 'mod_dav_fs.so'))
    ? null
    : 'skipped: Apache with mod_dav is not installed (apt-get install apache2 apache2-utils; .ci/run does it)';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export class WebDavServer {
  readonly username = 'alice';
  readonly password = 's3cret-app-password';
  private process: ChildProcess | null = null;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  /** The WebDAV folder the user would enter in the settings. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/dav/`;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Where the folder's files are on disk. */
  get root(): string {
    return join(this.dir, 'root', 'dav');
  }

  static async start(): Promise<WebDavServer> {
    if (webdavMissing) throw new Error(webdavMissing);
    const dir = mkdtempSync(join(tmpdir(), 'precis-webdav-'));
    // A free port can be taken by another process between asking and binding (tests run side by side): Apache
    // then exits at start, and another port is tried.
    for (let attempt = 1; ; attempt++) {
      const server = new WebDavServer(dir, await freePort());
      server.configure();
      try {
        await server.launch();
        return server;
      } catch (error) {
        if (attempt >= 3 || !/Address already in use|could not bind/i.test(String(error))) throw error;
      }
    }
  }

  private configure(): void {
    const dir = this.dir;
    mkdirSync(this.root, { recursive: true });
    const made = spawnSync(HTPASSWD, ['-bc', join(dir, 'passwd'), this.username, this.password], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`htpasswd failed: ${made.stderr}`);
    const modules = ['mpm_event', 'authz_core', 'authn_core', 'authn_file', 'authz_user', 'auth_basic', 'dav', 'dav_fs', 'alias'];
    writeFileSync(
      join(dir, 'httpd.conf'),
      [
        'ServerRoot /usr/lib/apache2',
        'ServerName 127.0.0.1',
        `Listen 127.0.0.1:${this.port}`,
        `PidFile ${dir}/httpd.pid`,
        `ErrorLog ${dir}/error.log`,
        'LogLevel warn',
        `DefaultRuntimeDir ${dir}`,
        `DavLockDB ${dir}/davlock`,
        ...modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
        'StartServers 1',
        'ThreadsPerChild 8',
        'MaxRequestWorkers 16',
        'KeepAlive On',
        `DocumentRoot ${dir}/root`,
        `<Directory ${dir}/root>`,
        '  Dav On',
        '  AuthType Basic',
        '  AuthName "precis test"',
        `  AuthUserFile ${dir}/passwd`,
        '  Require valid-user',
        '</Directory>',
        '',
      ].join('\n'),
    );
    // Apache started as root serves as an unprivileged user, which must be able to write the folder.
    for (const path of [dir, join(dir, 'root'), this.root]) chmodSync(path, 0o777);
    chmodSync(join(dir, 'passwd'), 0o644);
  }

  private async launch(): Promise<void> {
    // In the foreground (its own process group), so a test can kill it outright like a crashed server.
    const child = spawn(APACHE, ['-f', join(this.dir, 'httpd.conf'), '-DFOREGROUND'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    this.process = child;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`Apache exited at start: ${stderr}${this.errorLog()}`);
        try {
          const reply = await fetch(this.url, { method: 'OPTIONS', signal: AbortSignal.timeout(1000) });
          await reply.arrayBuffer();
          // Only this server names its realm so (or says DAV): whatever else answers on the port is another's.
          return reply.headers.has('dav') || (reply.headers.get('www-authenticate') ?? '').includes('precis test');
        } catch {
          return false;
        }
      },
      'Apache to answer',
    );
    void exited;
  }

  private errorLog(): string {
    const log = join(this.dir, 'error.log');
    return existsSync(log) ? readFileSync(log, 'utf8') : '';
  }

  /** Kill the server at once (SIGKILL to its whole process group), as a crash or a pulled plug would. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(-child.pid, 'SIGKILL');
    await exited;
    this.process = null;
    rmSync(join(this.dir, 'httpd.pid'), { force: true });
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.launch();
  }

  /** Stop the server and remove its folder. */
  async stop(): Promise<void> {
    const child = this.process;
    if (child && child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    this.process = null;
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Every file under the WebDAV folder, with its bytes (to look for plaintext). */
  files(): { path: string; bytes: Buffer }[] {
    const out: { path: string; bytes: Buffer }[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else out.push({ path: path.slice(this.root.length + 1), bytes: readFileSync(path) });
      }
    };
    if (existsSync(this.root)) walk(this.root);
    return out;
  }
}
