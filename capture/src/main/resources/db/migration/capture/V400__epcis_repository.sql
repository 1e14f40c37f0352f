-- EPCIS repository (module capture, migrations V400-V499). See docs/design/epcis-repository.md.

-- One row per capture job: the document as received, kept for audit, and the job's outcome.
create table capture_jobs (
    id            bigint generated always as identity primary key,
    org_id        bigint      not null references organisations (id),
    key_id        bigint      references api_keys (id),
    received_at   timestamptz not null,
    finished_at   timestamptz,
    status        text        not null check (status in ('running', 'succeeded', 'failed')),
    error_behaviour text      not null check (error_behaviour in ('rollback', 'proceed')),
    content_type  text        not null,
    document      bytea       not null,
    event_count   integer     not null default 0,
    errors        jsonb       not null default '[]'
);

-- Events, partitioned by month of record time (the server's clock, so the current month is the only hot
-- partition). Partitions are created by the repository before it writes into a month.
create sequence capture_event_seq cache 1000;
create table capture_events (
    seq           bigint      not null,
    record_time   timestamptz not null,
    event_time    timestamptz not null,
    event_type    smallint    not null,
    hash_id       text        not null,
    event_id      text        not null,
    action        text,
    biz_step      text,
    disposition   text,
    read_point    text,
    biz_location  text,
    error_declared boolean    not null,
    org_id        bigint      not null,
    job_id        bigint      not null,
    event         jsonb       not null,
    primary key (record_time, seq)
) partition by range (record_time);
create index capture_events_seq on capture_events (seq);
create index capture_events_hash on capture_events (hash_id);
create index capture_events_id on capture_events (event_id);
create index capture_events_time on capture_events (event_time);
create index capture_events_step on capture_events (biz_step, event_time);

-- A unique key must contain the partition key, so global uniqueness of the hash ID lives in its own narrow
-- table; error declarations repeat the hash of the event they correct and are not entered here.
create table capture_event_hashes (
    hash_id  text   primary key,
    seq      bigint not null
);

-- Every identifier an event names, with its role: MATCH_* and genealogy queries are index look-ups.
-- gs1_key holds the digits a company prefix is matched against (visibility and authorisation).
create table capture_event_values (
    seq          bigint      not null,
    record_time  timestamptz not null,
    role         smallint    not null,
    type         text,
    value        text        not null,
    gs1_key      text
) partition by range (record_time);
create index capture_event_values_value on capture_event_values (value, role);
create index capture_event_values_seq on capture_event_values (seq);
create index capture_event_values_key on capture_event_values (gs1_key text_pattern_ops) where gs1_key is not null;

-- The outbox of the verifiable log: written in the capture transaction, removed when the leaf index is recorded.
-- size_before is a tree size read before the transaction committed: the entry's leaf, if any, is at or after it.
create table capture_log_outbox (
    seq          bigint primary key,
    entry        bytea  not null,
    size_before  bigint not null
);

create table capture_event_leaves (
    seq         bigint primary key,
    leaf_index  bigint not null unique
);

-- A prefix owner lets another organisation capture events about objects under that prefix.
create table capture_delegations (
    prefix      text        not null references organisation_prefixes (prefix),
    to_org_id   bigint      not null references organisations (id),
    created_at  timestamptz not null,
    created_by  bigint      references api_keys (id),
    primary key (prefix, to_org_id)
);
create index capture_delegations_to on capture_delegations (to_org_id);
