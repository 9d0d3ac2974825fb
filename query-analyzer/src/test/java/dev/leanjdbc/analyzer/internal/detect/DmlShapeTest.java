package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DmlShapeTest {

    @Test
    void insertColumnsOfHibernateOnH2AndPostgres() {
        assertThat(DmlShape.of("insert into visits(visit_date, description, id) values (?, ?, default)"))
                .isEqualTo(new DmlShape("visits", List.of("visit_date", "description", "id"), List.of(), List.of()));
        assertThat(DmlShape.of("insert into \"public\".\"visits\" (\"visit_date\", \"pet_id\") values (?, ?)")
                        .insertColumns())
                .containsExactly("visit_date", "pet_id");
    }

    @Test
    void keyedUpdateSetsAndKeys() {
        DmlShape d = DmlShape.of("update visits set pet_id = ?, note = ? where id = ?");
        assertThat(d.table()).isEqualTo("visits");
        assertThat(d.setColumns()).containsExactly("pet_id", "note");
        assertThat(d.keyColumns()).containsExactly("id");
        assertThat(d.simpleKeyedUpdate()).isTrue();
    }

    @Test
    void updatesThatAreNotSimpleHaveNoKeys() {
        assertThat(DmlShape.of("update orders set total = total + ? where id = ?")
                        .simpleKeyedUpdate())
                .isFalse();
        assertThat(DmlShape.of("update orders set notes = ? where status <> ?").simpleKeyedUpdate())
                .isFalse();
        assertThat(DmlShape.of("update orders set notes = ? where id in (?)").simpleKeyedUpdate())
                .isFalse();
        assertThat(DmlShape.of("select 1")).isEqualTo(DmlShape.NONE);
    }
}
