package se.kvalitetsledning.atgard;

import java.util.Set;

/**
 * Asks for the year's counts per enhet, what the monthly summary and the kvalitetsberättelse use; answered with a list
 * of {@link AtgardRakning}.
 */
public record RaknaAtgarder(Set<String> enheter, int ar) {

    public RaknaAtgarder {
        enheter = Set.copyOf(enheter);
    }
}
