-- Expressions of interest, in the manner of the Enterprise Europe Network: a short structured message to a listing's
-- owner. Neither side learns the other's identity until the owner accepts the interest the sender expressed.
create table transfer_interests (
    id            bigint generated always as identity primary key,
    listing_id    bigint      not null references transfer_listings (id),
    from_org_id   bigint      not null references organisations (id),
    deal_type     text        not null,
    message       text        not null check (length(message) between 1 and 2000),
    status        text        not null check (status in ('pending', 'accepted', 'declined')),
    created_at    timestamptz not null,
    decided_at    timestamptz,
    unique (listing_id, from_org_id)
);
create index transfer_interests_from on transfer_interests (from_org_id);
