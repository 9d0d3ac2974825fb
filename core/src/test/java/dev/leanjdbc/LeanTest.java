package dev.leanjdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class LeanTest {

    @DbTest
    void runsQueriesThroughTheDataSource(TestDatabase db) {
        Lean lean = Lean.of(db.dataSource(), db.dialect());

        assertThat(lean.dialect()).isEqualTo(db.dialect());
        assertThat(lean.dataSource()).isSameAs(db.dataSource());
        assertThat(lean.dsl().fetchValue("select 1")).hasToString("1");
    }

    @DbTest
    void keepsAGivenContext(TestDatabase db) {
        Lean lean = Lean.of(db.dataSource(), db.dsl());
        assertThat(lean.dsl()).isSameAs(db.dsl());
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> Lean.of(null, SQLDialect.H2))
                .hasMessage("dataSource must not be null; pass the DataSource (usually a connection pool) to borrow"
                        + " connections from");
    }
}
