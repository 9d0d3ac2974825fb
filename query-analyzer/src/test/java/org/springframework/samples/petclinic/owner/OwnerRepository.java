package org.springframework.samples.petclinic.owner;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Application code in a package under {@code org.springframework.}, as in spring-petclinic: its frames are
 * the application's, while Spring's own modules (here {@code org.springframework.jdbc.}) are skipped.
 */
public final class OwnerRepository {

    private final JdbcTemplate jdbc;

    public OwnerRepository(DataSource ds) {
        this.jdbc = new JdbcTemplate(ds);
    }

    /** One lookup per id: an N+1. */
    public List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            names.add(jdbc.queryForObject("select name from item where id = ?", String.class, id)); // PETCLINIC
        }
        return names;
    }
}
