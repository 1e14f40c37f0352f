-- EPCIS query side (module capture): location look-ups, extension-field resolution, named queries, subscriptions.
-- See docs/design/epcis-query.md.

-- EQ_/WD_readPoint and EQ_/WD_bizLocation, and the /readPoints and /bizLocations browse endpoints: equality and
-- prefix (LIKE 'x%') look-ups. Partial: events without a location cost nothing.
create index capture_events_read_point on capture_events (read_point text_pattern_ops) where read_point is not null;
create index capture_events_biz_location on capture_events (biz_location text_pattern_ops)
    where biz_location is not null;

-- The keys under which an event names the extension field <namespace><local>: prefix:local for every prefix its
-- @context binds to the namespace, and the full IRI. An event's prefixes are its own, a query's may differ.
create function capture_extension_keys(event jsonb, namespace text, local text) returns text[]
    language sql immutable parallel safe as $$
    select array_append(coalesce(array_agg(p.key || ':' || local), '{}'), namespace || local)
    from jsonb_array_elements(case jsonb_typeof(event -> '@context') when 'array' then event -> '@context'
                                  else jsonb_build_array(event -> '@context') end) c,
         jsonb_each_text(case jsonb_typeof(c) when 'object' then c else '{}'::jsonb end) p
    where p.value = namespace
$$;

-- Named queries (REST binding /queries): per organisation, the query as the client gave it (query-schema.json).
create table capture_named_queries (
    org_id      bigint      not null references organisations (id),
    name        text        not null,
    query       jsonb       not null,
    created_at  timestamptz not null,
    primary key (org_id, name)
);

-- Webhook subscriptions to a named query (WebSocket subscriptions live only while connected). A scheduled one
-- reports events recorded since min_record_time; a streaming one is fed by capture_deliveries.
create table capture_subscriptions (
    id                  text        primary key,
    org_id              bigint      not null,
    sees_everything     boolean     not null,
    query_name          text        not null,
    dest                text        not null,
    signature_token     text,
    stream              boolean     not null,
    schedule            jsonb,
    report_if_empty     boolean     not null,
    initial_record_time timestamptz not null,
    min_record_time     timestamptz not null,
    created_at          timestamptz not null,
    last_notified_at    timestamptz,
    foreign key (org_id, query_name) references capture_named_queries (org_id, name) on delete cascade
);
create index capture_subscriptions_query on capture_subscriptions (org_id, query_name);

-- Pending webhook deliveries of newly captured events (at least once: removed only after a 2xx answer).
create table capture_deliveries (
    id               bigint generated always as identity primary key,
    subscription_id  text        not null references capture_subscriptions (id) on delete cascade,
    seqs             bigint[]    not null,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null
);
create index capture_deliveries_due on capture_deliveries (next_attempt_at);
