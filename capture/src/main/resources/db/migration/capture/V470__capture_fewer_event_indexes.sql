-- Fewer index entries per captured event (docs/design/epcis-repository.md, "Indexes"). Each btree entry of a random
-- text key costs a page touch per row in the bulk path; two of capture_events were redundant for most events.

-- The hash ID of an event that is not an error declaration is in capture_event_hashes (unique, with its seq): look-ups
-- by hash ID go there. Error declarations repeat the hash of the event they correct and are not entered there, so
-- only they need an index on capture_events.hash_id.
drop index capture_events_hash;
create index capture_events_declared_hash on capture_events (hash_id) where error_declared;

-- Without an eventID of its own, an event's event_id is its hash ID, found through the hash look-ups above: only the
-- eventIDs that differ from the hash ID need this index.
drop index capture_events_id;
create index capture_events_named_id on capture_events (event_id) where event_id <> hash_id;
