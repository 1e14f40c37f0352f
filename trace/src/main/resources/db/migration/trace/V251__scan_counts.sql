-- Scans per GTIN, UTC day and country, kept by the scan writer in the transaction that inserts the scans: the owner's
-- chart reads a few rows per day instead of every scan, and the scans table keeps one index fewer to maintain on
-- the resolver's hottest write. country '' = unknown (a primary key column cannot be null).
create table scan_counts (
    gtin     char(14) not null,
    day      date     not null,
    country  text     not null check (country = '' or country ~ '^[A-Z]{2}$'),
    scans    bigint   not null check (scans > 0),
    primary key (gtin, day, country)
);

insert into scan_counts (gtin, day, country, scans)
select gtin, (scanned_at at time zone 'UTC')::date, coalesce(country, ''), count(*) from scans group by 1, 2, 3;

drop index scans_gtin_time;
