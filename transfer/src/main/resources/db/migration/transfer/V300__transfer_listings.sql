-- Technology Transfer: offers, demands and R&D cooperation requests, each written in one original language and
-- possibly carrying versions in other languages. Texts are stored exactly as given (markup included); pages escape.

create sequence transfer_revision;

create table transfer_listings (
    id            bigint generated always as identity primary key,
    org_id        bigint      not null references organisations (id),
    type          text        not null check (type in ('offer', 'demand', 'rnd')),
    status        text        not null check (status in ('draft', 'review', 'published', 'expired', 'withdrawn',
                                                         'concluded')),
    language      text        not null check (language ~ '^[a-z]{2}$'),
    trl           smallint    not null check (trl between 1 and 9),
    field         text        not null,
    ipc           text[]      not null,
    deal_types    text[]      not null check (cardinality(deal_types) >= 1),
    patents       text[]      not null,
    ip_notes      text        not null,
    price         text        not null,
    country       char(2)     not null,
    institution   text        not null check (length(institution) between 1 and 200),
    moderation_note text      not null default '',
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    published_at  timestamptz,
    expires_at    timestamptz,
    -- Every change takes the next revision: the search index records the highest revision it holds, so a start can
    -- tell whether the index diverged from the database.
    revision      bigint      not null default nextval('transfer_revision')
);
create index transfer_listings_org on transfer_listings (org_id);
create index transfer_listings_status on transfer_listings (status);
create unique index transfer_listings_revision on transfer_listings (revision);

create table transfer_listing_texts (
    listing_id    bigint  not null references transfer_listings (id) on delete cascade,
    language      text    not null check (language ~ '^[a-z]{2}$'),
    original      boolean not null,
    title         text    not null,
    summary       text    not null,
    problem       text    not null,
    innovation    text    not null,
    advantages    text    not null,
    applications  text    not null,
    keywords      text[]  not null,
    primary key (listing_id, language)
);
-- One original per listing.
create unique index transfer_listing_texts_original on transfer_listing_texts (listing_id) where original;
