// The desk's update folder, served as static files at /updates/ (one server is both the sync portal
// and the update source): channel metadata (latest.yml, pilot.yml), installers and their blockmaps,
// as `npm run release:local` or scripts/release.ts publish them. The folder is flat; any name with
// a path in it, a hidden or half-written file, or a link leaving the folder is refused.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { UPDATES_PATH } from '../../../shared/updates/release-metadata';
import { parseRange, type ByteRange } from '../blobs/range';
import { HttpError } from '../http/errors';

// Letters, digits and . _ - only, starting with a letter or digit: no separators, no "..", no dotfiles.
const PUBLISHED_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

const contentTypeOf = (name: string): string =>
  name.endsWith('.yml') ? 'text/yaml; charset=utf-8' : 'application/octet-stream';

/** The requested file name, or null when the request names anything but a published file. */
export function publishedFileName(rawUrl: string): string | null {
  const pathname = rawUrl.split('?')[0]!;
  if (!pathname.startsWith(UPDATES_PATH)) return null;
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(UPDATES_PATH.length));
  } catch {
    return null;
  }
  if (!PUBLISHED_NAME.test(name) || name.includes('..') || name.endsWith('.partial')) return null;
  return name;
}

export function updateRoutes(app: FastifyInstance, updatesDir: string | undefined): void {
  const root = updatesDir ? path.resolve(updatesDir) : undefined;
  const notFound = (url: string) => new HttpError(404, 'UPDATE_FILE_NOT_FOUND', `Không có tệp cập nhật ${url.split('?')[0]}.`);

  app.route({
    method: ['GET', 'HEAD'],
    url: `${UPDATES_PATH}*`,
    handler: async (request, reply) => {
      const name = publishedFileName(request.raw.url ?? '');
      if (name === null) throw new HttpError(400, 'INVALID_UPDATE_PATH', 'Đường dẫn tệp cập nhật không hợp lệ.');
      if (!root) throw notFound(request.url);
      const file = path.join(root, name);
      // lstat, not stat: a symbolic link in the folder could point anywhere on the server.
      const info = await lstat(file).catch(() => null);
      if (!info?.isFile() || path.dirname(file) !== root) throw notFound(request.url);

      // Metadata changes with each release; installers never do (a version is never republished).
      reply.header('cache-control', name.endsWith('.yml') ? 'no-cache' : 'public, max-age=31536000, immutable');
      reply.header('accept-ranges', 'bytes').type(contentTypeOf(name));
      const ranges = requestedRanges(request.headers.range, info.size);
      if (ranges === 'unsatisfiable') {
        return reply.code(416).header('content-range', `bytes */${info.size}`).send();
      }
      if (ranges && ranges.length > 1) {
        // electron-updater's differential download asks for many ranges at once (multipart/byteranges).
        const body = multipartRanges(file, ranges, info.size);
        reply.code(206).header('content-type', `multipart/byteranges; boundary=${body.boundary}`).header('content-length', String(body.length));
        return reply.send(request.method === 'HEAD' ? undefined : body.stream);
      }
      const { start, end } = ranges?.[0] ?? { start: 0, end: info.size - 1 };
      if (ranges) reply.code(206).header('content-range', `bytes ${start}-${end}/${info.size}`);
      reply.header('content-length', String(info.size === 0 ? 0 : end - start + 1));
      if (request.method === 'HEAD' || info.size === 0) return reply.send();
      return reply.send(createReadStream(file, { start, end }));
    },
  });
}

// As many ranges as electron-updater puts in one request (1,000); more is answered with the whole file.
const MAX_RANGES = 1000;

/** The ranges of a Range header, null for the whole file, or 'unsatisfiable' when none fits. */
function requestedRanges(header: string | undefined, size: number): ByteRange[] | null | 'unsatisfiable' {
  if (header === undefined) return null;
  const match = /^bytes=(.+)$/.exec(header.trim());
  if (!match) return 'unsatisfiable';
  const specs = match[1]!.split(',').map((spec) => spec.trim());
  if (specs.length > MAX_RANGES) return null; // HTTP allows ignoring Range
  const ranges = specs.map((spec) => parseRange(`bytes=${spec}`, size)).filter((range): range is ByteRange => range !== null && range !== 'unsatisfiable');
  return ranges.length > 0 ? ranges : 'unsatisfiable';
}

/** A multipart/byteranges body, parts in the order asked (the client maps them back by position). */
function multipartRanges(file: string, ranges: readonly ByteRange[], size: number) {
  const boundary = `desk-${randomBytes(12).toString('hex')}`;
  const heads = ranges.map(
    ({ start, end }, index) => `${index === 0 ? '' : '\r\n'}--${boundary}\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes ${start}-${end}/${size}\r\n\r\n`,
  );
  const tail = `\r\n--${boundary}--\r\n`;
  const length = ranges.reduce((sum, { start, end }, index) => sum + Buffer.byteLength(heads[index]!) + (end - start + 1), Buffer.byteLength(tail));
  async function* parts() {
    for (const [index, { start, end }] of ranges.entries()) {
      yield Buffer.from(heads[index]!);
      yield* createReadStream(file, { start, end });
    }
    yield Buffer.from(tail);
  }
  return { boundary, length, stream: Readable.from(parts()) };
}
