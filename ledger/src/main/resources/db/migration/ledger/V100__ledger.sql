-- The verifiable log (C2SP tlog-tiles) stored in PostgreSQL. Sequencing appends entries to entry bundles; integration
-- writes hash tiles. A tile or bundle row only ever grows (partial -> wider -> full); its first bytes never change.

CREATE TABLE log_state (
    id              smallint PRIMARY KEY CHECK (id = 1),
    sequenced_size  bigint NOT NULL CHECK (sequenced_size >= 0),
    integrated_size bigint NOT NULL CHECK (integrated_size >= 0 AND integrated_size <= sequenced_size)
);
INSERT INTO log_state (id, sequenced_size, integrated_size) VALUES (1, 0, 0);

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
