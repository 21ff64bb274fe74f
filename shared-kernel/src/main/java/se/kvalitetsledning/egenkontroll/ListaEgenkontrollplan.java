package se.kvalitetsledning.egenkontroll;

import java.time.LocalDate;
import java.util.Set;

/**
 * Asks for the plan (årshjul) of the given enheter: their checks, of year {@code ar} or of every year when null, each
 * done, due or overdue as of {@code idag}, and per enhet its last performed check. Answered with
 * {@link Egenkontrollplan}.
 */
public record ListaEgenkontrollplan(Set<String> enheter, Integer ar, LocalDate idag) {

    public ListaEgenkontrollplan {
        enheter = Set.copyOf(enheter);
    }
}
