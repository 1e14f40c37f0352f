-- Saved searches, and the alerts raised when a newly published listing answers one of them or one of an
-- organisation's own listings (a new match).
create table transfer_saved_searches (
    id          bigint generated always as identity primary key,
    org_id      bigint      not null references organisations (id),
    name        text        not null check (length(name) between 1 and 200),
    q           text        not null,
    language    text        not null,
    types       text[]      not null,
    created_at  timestamptz not null
);
create index transfer_saved_searches_org on transfer_saved_searches (org_id);

create table transfer_alerts (
    id          bigint generated always as identity primary key,
    org_id      bigint      not null references organisations (id),
    kind        text        not null check (kind in ('search', 'match')),
    listing_id  bigint      not null references transfer_listings (id),
    -- The saved search (kind search) or the organisation's own listing (kind match) that the new listing answers.
    about_id    bigint      not null,
    created_at  timestamptz not null,
    unique (org_id, kind, listing_id, about_id)
);
create index transfer_alerts_org on transfer_alerts (org_id, id desc);
