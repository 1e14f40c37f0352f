-- Platform foundation: organisations, their GS1 company prefixes, API keys and the admin audit trail.
-- Versions 1-99 belong to the platform; other modules number their migrations from 100 (ledger), 200 (trace),
-- 300 (transfer) so that one Flyway history covers every module.

create table organisations (
    id          bigint generated always as identity primary key,
    name        text        not null check (length(name) between 1 and 200),
    country     char(2)     not null,
    kind        text        not null check (kind in ('brand_owner', 'logistics', 'certifier', 'customs',
                                                      'research_institution', 'operator')),
    created_at  timestamptz not null
);

-- A GS1 company prefix belongs to exactly one organisation; overlapping prefixes are refused by the store.
create table organisation_prefixes (
    prefix  text   primary key check (prefix ~ '^[0-9]{4,12}$'),
    org_id  bigint not null references organisations (id)
);
create index organisation_prefixes_org on organisation_prefixes (org_id);

-- Keys are 256-bit random secrets; only their SHA-256 is stored.
create table api_keys (
    id          bigint generated always as identity primary key,
    org_id      bigint      not null references organisations (id),
    role        text        not null check (role in ('admin', 'owner', 'operator', 'certifier', 'auditor', 'reader')),
    key_hash    bytea       not null unique check (length(key_hash) = 32),
    created_at  timestamptz not null,
    created_by  bigint      references api_keys (id),
    expires_at  timestamptz,
    revoked_at  timestamptz
);
create index api_keys_org on api_keys (org_id);

create table audit_log (
    id            bigint generated always as identity primary key,
    at            timestamptz not null,
    actor_key_id  bigint      references api_keys (id),
    actor_org_id  bigint      references organisations (id),
    action        text        not null,
    target        text        not null,
    detail        jsonb       not null default '{}'
);
create index audit_log_at on audit_log (at);
