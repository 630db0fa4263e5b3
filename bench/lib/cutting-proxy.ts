// A loopback TCP proxy in front of the portal that cuts the connection in the middle of the first
// upload it carries: it forwards the PUT's headers and `cutAfter` bytes of its body, then destroys
// both sockets, as a dropped Wi-Fi link would, and refuses every connection after that (the link is
// down). What came before the PUT (a CORS preflight) passes through. The desk's fetch seam sends
// one chunk through it; the next run goes to the portal directly.
import net from 'node:net';

export type CutReport = {
  /** Body bytes of the cut PUT that reached the proxy from the desk, and those passed on to the portal. */
  received: number;
  forwarded: number;
};

export type CuttingProxy = { base: string; cut: Promise<CutReport>; close(): Promise<void> };

const HEADERS_END = '\r\n\r\n';

export async function startCuttingProxy(target: { host: string; port: number }, cutAfter: number): Promise<CuttingProxy> {
  let armed = true;
  let down = false;
  let reportCut: (report: CutReport) => void = () => {};
  const cut = new Promise<CutReport>((resolve) => (reportCut = resolve));
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    // The link stays down after the cut: a retry (Chromium resends an idempotent PUT once by itself
    // on a fresh connection) is reset before it reaches the portal.
    if (down) {
      client.on('error', () => {});
      client.destroy();
      return;
    }
    const upstream = net.connect(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    if (!armed) {
      client.pipe(upstream);
      return;
    }
    // Latin-1 keeps one character per byte, so string offsets are byte offsets.
    let head = '';
    let bodyStart = -1;
    let received = 0;
    let cutting = false;
    client.on('data', (data: Buffer) => {
      if (cutting) {
        received += data.length;
        return;
      }
      if (!armed) {
        upstream.write(data);
        return;
      }
      if (bodyStart < 0) {
        head += data.toString('latin1');
        const put = head.indexOf('PUT ');
        const end = put < 0 ? -1 : head.indexOf(HEADERS_END, put);
        if (end < 0) {
          upstream.write(data);
          return;
        }
        bodyStart = end + HEADERS_END.length;
        received = head.length - bodyStart;
        const bodyInData = Math.min(received, data.length);
        const headerPart = data.subarray(0, data.length - bodyInData);
        upstream.write(headerPart);
        data = data.subarray(data.length - bodyInData);
        received = 0;
      }
      const before = received;
      received += data.length;
      if (received < cutAfter) {
        upstream.write(data);
        return;
      }
      armed = false;
      down = true;
      cutting = true;
      upstream.write(data.subarray(0, cutAfter - before), () => {
        // Let the forwarded bytes reach the portal before the cut, then drop both sides.
        setTimeout(() => {
          client.destroy();
          upstream.destroy();
          reportCut({ received, forwarded: cutAfter });
        }, 50);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    cut,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
