package org.bricshub.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.config.Setting;
import org.bricshub.platform.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseIT {
    @TempDir
    Path dataDir;

    @Test
    void open_embedded_migratesAndKeepsDataAcrossRestart() throws Exception {
        PlatformConfig config = PlatformConfig.from(Settings.defaults().with(Setting.DATA, dataDir.toString()));
        try (Database db = Database.open(config, null)) {
            assertThat(db.isHealthy()).isTrue();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into organisations (name, country, kind, created_at) values ('X', 'BR', 'customs', now())");
            }
        }
        try (Database db = Database.open(config, null);
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name, version() from organisations")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("X");
            assertThat(rs.getString(2)).startsWith("PostgreSQL 18");
        }
    }

    @Test
    void migrate_newMigrationNumberedBelowAnotherModulesApplied_isApplied() throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(TestDatabase.freshUrl());
        String early = "classpath:db/outoforder/early";
        String late = "classpath:db/outoforder/late";
        Database.migrate(ds, List.of(early, late));  // a database made by an earlier version: V1 and V600 applied
        Database.migrate(ds, List.of(early, "classpath:db/outoforder/added", late));  // the early module's new V480
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from early_module_addition, late_module, early_module")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void acquire_secondLockOnSameFolder_failsWithClearMessage() {
        try (DataFolderLock first = DataFolderLock.acquire(dataDir)) {
            assertThatThrownBy(() -> DataFolderLock.acquire(dataDir))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("in use by another BRICS Hub server");
        }
        DataFolderLock.acquire(dataDir).close(); // released: a restart works
    }
}
