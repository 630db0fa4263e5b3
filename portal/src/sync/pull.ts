// A pull: the unit's feed after the cursor, in server order, one page at a time. The cursor is the
// portal's sequence number, so a desk resumes exactly where its last committed page ended.
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import type { Change, PullQuery, PullResponse, RemoteFile } from '../../../shared/sync/contract';
import type { PortalContext } from '../context';
import { HttpError } from '../http/errors';

type FeedRead = { seq: string; kind: 'event' | 'file'; body: unknown };

export async function pull(ctx: PortalContext, unitCode: string, query: PullQuery): Promise<PullResponse> {
  const cursor = query.cursor ?? '0';
  const { rows } = await ctx.db.query<FeedRead>(
    'SELECT seq::text AS seq, kind, body FROM feed WHERE unit_code = $1 AND feed.seq > $2::bigint ORDER BY feed.seq LIMIT $3',
    [unitCode, cursor, query.limit + 1],
  );
  if (rows.length === 0 && cursor !== '0') await refuseFutureCursor(ctx, cursor);
  const page = rows.slice(0, query.limit);
  const changes: Change[] = page.map((row) =>
    row.kind === 'event' ? { seq: row.seq, kind: 'event', event: row.body as ProcessingEvent } : { seq: row.seq, kind: 'file', file: row.body as RemoteFile },
  );
  return { changes, cursor: page.at(-1)?.seq ?? cursor, more: rows.length > query.limit };
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
