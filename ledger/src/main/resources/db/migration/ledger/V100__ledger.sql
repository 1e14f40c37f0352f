-- The verifiable log (C2SP tlog-tiles) stored in PostgreSQL. Sequencing appends entries to entry bundles; integration
-- writes hash tiles. A tile or bundle row only ever grows (partial -> wider -> full); its first bytes never change.

-- Two rows, 'sequenced' and 'integrated', so that the sequencer and the integrator never wait for each other's lock.
CREATE TABLE log_size (
    name text PRIMARY KEY CHECK (name IN ('sequenced', 'integrated')),
    size bigint NOT NULL CHECK (size >= 0)
);
INSERT INTO log_size (name, size) VALUES ('sequenced', 0), ('integrated', 0);

-- Entry bundle idx holds entries [256 * idx, 256 * idx + width), uint16-length-prefixed.
CREATE TABLE log_entry_bundle (
    idx     bigint PRIMARY KEY CHECK (idx >= 0),
    width   smallint NOT NULL CHECK (width BETWEEN 1 AND 256),
    entries bytea NOT NULL
);

CREATE TABLE log_tile (
    level  smallint NOT NULL CHECK (level BETWEEN 0 AND 63),
    idx    bigint NOT NULL CHECK (idx >= 0),
    width  smallint NOT NULL CHECK (width BETWEEN 1 AND 256),
    hashes bytea NOT NULL,
    PRIMARY KEY (level, idx)
);

-- Every published checkpoint, so that an audit can check them all against each other.
CREATE TABLE log_checkpoint (
    tree_size    bigint PRIMARY KEY CHECK (tree_size >= 0),
    note         bytea NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
);

-- Hashes do not compress, and entries are mostly hashes and identifiers: skip pglz attempts on every write.
ALTER TABLE log_tile ALTER COLUMN hashes SET STORAGE EXTERNAL;
ALTER TABLE log_entry_bundle ALTER COLUMN entries SET STORAGE EXTERNAL;
