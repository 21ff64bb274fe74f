package se.kvalitetsledning.atgard;

import java.time.LocalDate;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * Asks for the åtgärder that concern any of {@code enheter}, or that {@code egnaFor} owns wherever they are, narrowed
 * by the filters that are set: one enhet, owner, kvalitetsområde, source type, status, and overdue at {@code idag}.
 * Answered with a list of {@link AtgardRad}, the earliest due first.
 */
public record ListaAtgarder(Set<String> enheter, String egnaFor, String enhet, String agare,
                            Kvalitetsomrade kvalitetsomrade, Kalltyp kalltyp, AtgardStatus status,
                            boolean baraForsenade, LocalDate idag) {

    public ListaAtgarder {
        enheter = Set.copyOf(enheter);
    }
}
