package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.CUSTOMER;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.SuppressFinding;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** docs/findings.md's accepted N+1: application code whose method carries the suppression. */
// tag::suppress[]
final class AdminPage {
    private final DSLContext dsl;

    AdminPage(DSLContext dsl) {
        this.dsl = dsl;
    }

    @SuppressFinding(type = FindingType.N_PLUS_ONE, reason = "admin page, at most 40 orders")
    List<String> emailsPerOrderAccepted() {
        List<String> emails = new ArrayList<>();
        for (Long id : dsl.select(ORDERS.CUSTOMER_ID).from(ORDERS).limit(40).fetch(ORDERS.CUSTOMER_ID)) {
            emails.add(dsl.select(CUSTOMER.EMAIL)
                    .from(CUSTOMER)
                    .where(CUSTOMER.ID.eq(id))
                    .fetchOne(CUSTOMER.EMAIL));
        }
        return emails;
    }
}
// end::suppress[]
