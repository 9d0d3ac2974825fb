package dev.leanjdbc.examples.docs;

import java.math.BigDecimal;
import org.jooq.Converter;

/** The converter of docs/projections.md's {@code Amount}: a total in cents. */
public final class ToCents implements Converter<BigDecimal, Long> {
    @Override
    public Long from(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(2).longValueExact();
    }

    @Override
    public BigDecimal to(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }

    @Override
    public Class<BigDecimal> fromType() {
        return BigDecimal.class;
    }

    @Override
    public Class<Long> toType() {
        return Long.class;
    }
}
