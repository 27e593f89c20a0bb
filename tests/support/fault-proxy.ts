/**
 * A small HTTP proxy on 127.0.0.1 in front of the test WebDAV server, to inject what a real server does on a bad
 * day: an answer of its own choosing (412, 423, 507, a redirect), a request that never gets an answer, or a
 * connection cut. Everything else passes through unchanged.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type Fault = 'pass' | 'hang' | 'cut' | { status: number; headers?: Record<string, string> };

export interface ProxiedRequest {
  method: string;
  path: string;
  /** 0-based count of requests seen by the proxy. */
  index: number;
}

export class FaultProxy {
  rule: (request: ProxiedRequest) => Fault | Promise<Fault> = () => 'pass';
  readonly seen: ProxiedRequest[] = [];
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly target: { port: number },
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(targetPort: number): Promise<FaultProxy> {
    const handlers: { proxy?: FaultProxy } = {};
    const server = createServer((req, res) => void handlers.proxy?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    handlers.proxy = new FaultProxy(server, typeof address === 'object' && address ? address.port : 0, { port: targetPort });
    return handlers.proxy;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const info: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', index: this.seen.length };
    this.seen.push(info);
    const fault = await this.rule(info);
    if (fault === 'hang') {
      this.hanging.add(res);
      req.resume();
      return;
    }
    if (fault === 'cut') {
      req.socket.destroy();
      return;
    }
    if (fault !== 'pass') {
      req.resume();
      res.writeHead(fault.status, { 'Content-Length': '0', ...fault.headers });
      res.end();
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: this.target.port, method: req.method, path: req.url, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    // The server went away mid-request: the client sees its connection cut, as it would without the proxy.
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.socket?.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
