// A pull: the unit's feed after the cursor, in server order, one page at a time. The cursor is the
// portal's sequence number, so a desk resumes exactly where its last committed page ended.
import type { PullQuery } from '../../../shared/sync/contract';
import type { PortalContext } from '../context';
import { HttpError } from '../http/errors';

type FeedRead = { seq: string; kind: 'event' | 'file'; body: string };

/**
 * The page as the JSON text of a PullResponse. Feed bodies are stored as validated JSON and sent as
 * they are, spliced into the answer rather than parsed and serialised again: the portal's share of
 * a first pull's CPU, which on a small server competes with everything else it does.
 */
export async function pull(ctx: PortalContext, unitCode: string, query: PullQuery): Promise<string> {
  const cursor = query.cursor ?? '0';
  const { rows } = await ctx.db.query<FeedRead>(
    'SELECT seq::text AS seq, kind, body::text AS body FROM feed WHERE unit_code = $1 AND feed.seq > $2::bigint ORDER BY feed.seq LIMIT $3',
    [unitCode, cursor, query.limit + 1],
  );
  if (rows.length === 0 && cursor !== '0') await refuseFutureCursor(ctx, cursor);
  const page = rows.slice(0, query.limit);
  const changes = page.map((row) => `{"seq":"${row.seq}","kind":"${row.kind}","${row.kind === 'event' ? 'event' : 'file'}":${row.body}}`);
  const next = page.at(-1)?.seq ?? cursor;
  return `{"changes":[${changes.join(',')}],"cursor":${JSON.stringify(next)},"more":${rows.length > query.limit}}`;
}

/** A cursor past everything the portal ever wrote was not given by this portal (or its data was restored). */
async function refuseFutureCursor(ctx: PortalContext, cursor: string): Promise<void> {
  const { rows } = await ctx.db.query<{ max: string }>('SELECT coalesce(max(seq), 0)::text AS max FROM feed');
  const max = rows[0]!.max;
  if (BigInt(cursor) > BigInt(max)) {
    throw new HttpError(
      400,
      'CURSOR_FROM_FUTURE',
      `Con trỏ đồng bộ ${cursor} lớn hơn mọi thay đổi Cổng đang có (${max}): con trỏ đến từ tương lai, có thể dữ liệu Cổng đã được khôi phục. Hãy đồng bộ lại từ đầu.`,
    );
  }
}
