-- Who changed a dossier last now names the event too (`last_event.id`), so a push can tell whether
-- the dossier moved on since the event a desk decided on (mutation `baseEventId`). Rows written
-- before take the id from the feed: the event whose version is the dossier's.
UPDATE dossiers d
   SET last_event = d.last_event || jsonb_build_object('id', f.item_id)
  FROM feed f
 WHERE f.kind = 'event' AND f.dossier_id = d.id AND f.version = d.version AND d.last_event->>'id' IS NULL;
