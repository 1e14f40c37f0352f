-- Product Code master data and code issuance. Versions 200-299 belong to the trace module.

create table products (
    gtin               char(14)    primary key check (gtin ~ '^[0-9]{14}$'),
    org_id             bigint      not null references organisations (id),
    name               jsonb       not null,
    description        jsonb       not null default '{}',
    brand              text,
    gpc                char(8),
    images             jsonb       not null default '[]',
    country_of_origin  char(2),
    net_content        numeric,
    net_content_unit   text,
    default_language   text        not null,
    created_at         timestamptz not null
);
create index products_org on products (org_id);

create table locations (
    gln         char(13)    primary key check (gln ~ '^[0-9]{13}$'),
    org_id      bigint      not null references organisations (id),
    name        jsonb       not null,
    country     char(2)     not null,
    address     jsonb       not null default '{}',
    latitude    double precision,
    longitude   double precision,
    created_at  timestamptz not null
);
create index locations_org on locations (org_id);

-- One row per batch, whatever its size: FF1 serials are computed from (key salt, index), never stored.
-- serial_format is null for a batch of imported serials, whose serials are rows of imported_serials.
create table batches (
    id               bigint generated always as identity primary key,
    gtin             char(14)    not null references products (gtin),
    lot              text        not null check (length(lot) between 1 and 20),
    count            bigint      not null check (count >= 1),
    expiry           char(6),
    production_date  char(6),
    serial_format    text        check (serial_format in ('digits', 'alphanumeric')),
    key_salt         bytea       check (length(key_salt) = 16),
    created_at       timestamptz not null,
    unique (gtin, lot),
    check ((serial_format is null) = (key_salt is null))
);

create table imported_serials (
    batch_id  bigint not null references batches (id),
    serial    text   not null check (length(serial) between 1 and 20),
    primary key (batch_id, serial)
);

-- Only codes where something happened have a row; every other genuine code is 'commissioned'.
create table code_states (
    batch_id    bigint      not null references batches (id),
    serial      text        not null,
    state       text        not null check (state in ('commissioned', 'shipped', 'sold', 'recalled', 'decommissioned')),
    changed_at  timestamptz not null,
    primary key (batch_id, serial)
);
