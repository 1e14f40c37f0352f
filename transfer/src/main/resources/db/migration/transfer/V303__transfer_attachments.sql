-- Attachments of listings: PDF documents and images. Stored in the row as bytea (not large objects): they are small
-- (a few MiB at most), a row is written and deleted with the listing in one transaction, backups and replicas carry
-- them with no extra step, and large objects would need their own clean-up and a transaction to stream.
create table transfer_attachments (
    listing_id  bigint      not null references transfer_listings (id) on delete cascade,
    sha256      bytea       not null check (length(sha256) = 32),
    kind        text        not null check (kind in ('document', 'image')),
    media_type  text        not null,
    name        text        not null check (length(name) between 1 and 200),
    size        integer     not null check (size > 0),
    content     bytea       not null,
    -- A PNG of at most 320 x 320 pixels, for images only.
    thumbnail   bytea,
    created_at  timestamptz not null,
    primary key (listing_id, sha256)
);
