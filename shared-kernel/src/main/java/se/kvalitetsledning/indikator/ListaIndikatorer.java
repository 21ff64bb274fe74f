package se.kvalitetsledning.indikator;

import java.util.Set;

/**
 * Asks for the indikatorer of the given enheter, ended ones too, by enhet and name; answered with a list of
 * {@link IndikatorDetaljer}.
 */
public record ListaIndikatorer(Set<String> enheter) {

    public ListaIndikatorer {
        enheter = Set.copyOf(enheter);
    }
}
