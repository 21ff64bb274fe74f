package se.kvalitetsledning.riskanalys;

import java.time.LocalDate;
import java.util.Set;

/**
 * Asks for the risk register of the given enheter: the open risks (neither handled nor removed) of every analysis,
 * the highest riskvärde first, a review due before {@code idag} marked overdue. Answered with a list of
 * {@link Registerrisk}.
 */
public record ListaRiskregister(Set<String> enheter, LocalDate idag) {

    public ListaRiskregister {
        enheter = Set.copyOf(enheter);
    }
}
