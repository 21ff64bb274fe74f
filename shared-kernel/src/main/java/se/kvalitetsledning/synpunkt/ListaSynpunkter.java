package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Asks for the synpunkter of the given enheter (and, with {@code utanEnhet}, those whose enhet the sender did not
 * know), newest first; every other filter is optional (null or false). The period is the day received, both ends
 * included; {@code baraForsenade} keeps those with a deadline passed at {@code nu}, {@code baraOppna} those still in
 * handling. Answered with a list of {@link SynpunktRad}.
 */
public record ListaSynpunkter(
        Set<String> enheter,
        boolean utanEnhet,
        Synpunktstyp typ,
        SynpunktStatus status,
        Kanal kanal,
        LocalDate fran,
        LocalDate till,
        boolean baraOppna,
        boolean baraForsenade,
        String handlaggare,
        Instant nu) {

    public ListaSynpunkter {
        enheter = Set.copyOf(enheter);
    }
}
