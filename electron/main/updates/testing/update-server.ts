// Test support: the update folder on a loopback HTTP server, as the portal serves it, with switches
// to misbehave (answer garbage bytes, refuse as a proxy) and a log of the paths asked for.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export type UpdateServer = {
  url: string;
  port: number;
  requests: string[];
  /** Serve these bytes instead of any installer (a corrupted download). */
  corruptInstallers: boolean;
  close(): Promise<void>;
};

export async function startUpdateServer(folder: string): Promise<UpdateServer> {
  const state = { corruptInstallers: false, requests: [] as string[] };
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]!.replace(/^\/updates\//, ''));
    state.requests.push(name);
    if (name.includes('/') || name.includes('..')) {
      res.writeHead(400).end();
      return;
    }
    readFile(path.join(folder, name)).then(
      (bytes) => {
        const body = state.corruptInstallers && name.endsWith('.exe') ? Buffer.alloc(bytes.length, 0x41) : bytes;
        res.writeHead(200, { 'content-type': name.endsWith('.yml') ? 'text/yaml' : 'application/octet-stream', 'content-length': body.length });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/updates/`,
    port,
    requests: state.requests,
    get corruptInstallers() {
      return state.corruptInstallers;
    },
    set corruptInstallers(value: boolean) {
      state.corruptInstallers = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A forward proxy that refuses everything, as a corporate proxy without the desk's credentials does. */
export async function startRefusingProxy(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(407, { 'proxy-authenticate': 'Basic realm="most-proxy"' }).end('Proxy Authentication Required');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
