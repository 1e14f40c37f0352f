package org.bricshub.ledger;

import java.nio.file.Path;
import javax.sql.DataSource;

/** The {@link LogStore} drivers. */
public final class LogStores {

    private LogStores() {
    }

    /**
     * A store in a directory, laid out as C2SP tlog-tiles paths ({@code tile/<L>/<N>[.p/<W>]},
     * {@code tile/entries/...}, {@code checkpoint}) so a web server or CDN can serve it as static files. Takes an
     * exclusive lock on the directory until closed.
     */
    public static LogStore fileSystem(Path directory) {
        return FileLogStore.open(directory);
    }

    /**
     * A store in PostgreSQL, in the {@code log_*} tables of migration {@code db/migration/ledger/V100__ledger.sql}
     * (which must have run). Each write is one transaction on a connection from {@code dataSource}.
     */
    public static LogStore postgres(DataSource dataSource) {
        return new PostgresLogStore(dataSource);
    }
}
