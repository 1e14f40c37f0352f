-- Scan analytics (issue 6 part 5). Versions 250-299 of the trace module.

-- One row per resolved scan, written in batches by a background writer. No address is ever stored: the place is a
-- country from a trusted proxy header, or coordinates rounded to 0.1 degree (about 10 km) that the browser offered.
create table scans (
    id          uuid        primary key,           -- most significant 64 bits: the scan time in epoch milliseconds
    scanned_at  timestamptz not null,
    gtin        char(14)    not null check (gtin ~ '^[0-9]{14}$'),
    lot         text,
    serial      text,
    language    text        not null,
    country     char(2)     check (country ~ '^[A-Z]{2}$'),
    lat_tenths  smallint    check (lat_tenths between -900 and 900),
    lon_tenths  smallint    check (lon_tenths between -1800 and 1800),
    placed_at   timestamptz,
    check ((lat_tenths is null) = (lon_tenths is null))
);
create index scans_gtin_time on scans (gtin, scanned_at);
create index scans_serial_time on scans (gtin, serial, scanned_at) where serial is not null;

-- One row per code and kind of alert, counting the scans that raised it; owner_org_id holds the GTIN's prefix.
create table scan_alerts (
    gtin          char(14)    not null,
    lot           text        not null,
    serial        text        not null,
    kind          text        not null check (kind in ('never_issued', 'recalled', 'decommissioned', 'far_apart')),
    owner_org_id  bigint      not null references organisations (id),
    first_at      timestamptz not null,
    last_at       timestamptz not null,
    scans         bigint      not null,
    primary key (gtin, lot, serial, kind)
);
create index scan_alerts_owner on scan_alerts (owner_org_id, last_at desc);
