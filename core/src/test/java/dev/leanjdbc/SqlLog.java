package dev.leanjdbc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** Records every statement jOOQ executes, to prove what SQL an operation sent (or that it sent none). */
final class SqlLog implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public void executeStart(ExecuteContext ctx) {
        statements.add(ctx.sql());
    }

    /** A facade whose jOOQ context reports to this log. */
    Lean lean(DataSource dataSource, SQLDialect dialect) {
        return Lean.of(
                dataSource,
                DSL.using(new DefaultConfiguration()
                        .set(dataSource)
                        .set(dialect)
                        .set(new DefaultExecuteListenerProvider(this))));
    }

    long count(String fragment) {
        return statements.stream()
                .filter(s -> s.toLowerCase().contains(fragment))
                .count();
    }

    void clear() {
        statements.clear();
    }
}
