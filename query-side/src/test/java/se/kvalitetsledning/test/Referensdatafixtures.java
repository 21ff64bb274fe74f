package se.kvalitetsledning.test;

import java.time.Instant;

import se.kvalitetsledning.gemensamt.Anvandare;

/** Who changed reference data in the tests' events, and when. */
public final class Referensdatafixtures {

    public static final Anvandare ADMIN = new Anvandare("admin", "Ada Admin");
    public static final Instant NU = Instant.parse("2026-01-15T09:00:00Z");

    private Referensdatafixtures() {
    }
}
