package se.kvalitetsledning.indikator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** A month's value, entered by {@code av}; {@code rattelse} when it replaces one entered before for that month. */
@Revision("1")
public record IndikatorvardeRegistrerat(
        IndikatorId id,
        YearMonth manad,
        BigDecimal varde,
        String kommentar,
        boolean rattelse,
        Anvandare av,
        Instant tid) {
}
