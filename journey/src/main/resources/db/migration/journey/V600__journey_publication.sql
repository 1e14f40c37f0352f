-- Journey module (migrations V600-V699). See docs/design/journey.md.

-- Which business steps of a product's journey consumers see; without a row, the default consumer-facing steps.
create table journey_product_publication (
    gtin        char(14)    primary key references products (gtin),
    biz_steps   text[]      not null,
    updated_at  timestamptz not null,
    updated_by  bigint      references api_keys (id)
);

-- A brand owner's decision about one event in its products' journeys, overriding the product rule.
create table journey_event_publication (
    org_id      bigint      not null references organisations (id),
    hash_id     text        not null,
    published   boolean     not null,
    updated_at  timestamptz not null,
    updated_by  bigint      references api_keys (id),
    primary key (hash_id, org_id)
);

-- Bumped by every publication change: assembled journeys cached anywhere are keyed by it.
create table journey_publication_version (
    id       smallint primary key check (id = 1),
    version  bigint   not null
);
insert into journey_publication_version values (1, 0);

-- Events that a published journey shows: only these are served on the public, cacheable event and proof URLs.
-- Emptied by a publication change and refilled as journeys are assembled again.
create table journey_shown_events (
    hash_id  text primary key
);
