-- The resolver's link registry (GS1-Conformant Resolver 1.2). Versions 500-599 belong to the resolver module.
-- anchor is the path of a Digital Link at any level (/01/g, /01/g/10/lot, ...); key_path the path of its
-- primary key alone, so that the links of every level of one key load in one query.

create table resolver_links (
    id          bigint generated always as identity primary key,
    key_path    text        not null,
    anchor      text        not null check (anchor like key_path || '%'),
    org_id      bigint      not null references organisations (id),
    link_type   text        not null,
    href        text        not null,
    title       text        not null,
    hreflang    text        not null default '',
    context     text        not null default '',
    media_type  text        not null default '',
    is_default  boolean     not null,
    created_at  timestamptz not null,
    unique (anchor, link_type, href, hreflang, context, media_type)
);
create index resolver_links_key on resolver_links (key_path);
