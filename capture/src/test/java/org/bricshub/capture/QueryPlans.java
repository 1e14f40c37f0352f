package org.bricshub.capture;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.bricshub.platform.db.Transaction;

/** PostgreSQL's plan of a statement as it ran, after fresh statistics: for tests of what a query reads. */
final class QueryPlans {
    private QueryPlans() {}

    static String explain(DataSource ds, String sql, List<Object> parameters) {
        return Transaction.run(ds, c -> {
            c.createStatement().execute("analyze");
            try (PreparedStatement ps = c.prepareStatement("explain (analyze, costs off, timing off) " + sql)) {
                SqlParameters.set(ps, 1, parameters);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            }
        });
    }
}
