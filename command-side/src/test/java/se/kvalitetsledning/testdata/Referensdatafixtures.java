package se.kvalitetsledning.testdata;

import java.time.Instant;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;

/** Who changes reference data in the tests, and when. */
public final class Referensdatafixtures {

    public static final Instant NU = Instant.parse("2026-01-15T09:00:00Z");
    public static final Aktor ADMIN = new Aktor(new Anvandare("admin", "Ada Admin"), Set.of(Roll.ADMIN), Set.of());
    public static final Aktor KVALITETSSAMORDNARE = new Aktor(new Anvandare("karin", "Karin Lund"),
            Set.of(Roll.KVALITETSSAMORDNARE), Set.of());

    private Referensdatafixtures() {
    }
}
