package se.kvalitetsledning.lexsarah;

import java.util.Set;

/**
 * Asks for the cases of the given enheter, and those given to {@code utredare} wherever they are; only open ones
 * (ordered by the next deadline) or those received in {@code ar} (the register, in order received). Answered with a
 * list of {@link LexSarahRad}.
 */
public record ListaLexSarah(Set<String> enheter, String utredare, boolean baraOppna, Integer ar) {

    public ListaLexSarah {
        enheter = Set.copyOf(enheter);
    }
}
