package se.kvalitetsledning.infra.frister;

import java.time.Instant;

/** One kind of deadline: finds those passed at {@code nu} and asks their aggregates to record it. */
public interface Bevakning {

    void bevaka(Instant nu);
}
