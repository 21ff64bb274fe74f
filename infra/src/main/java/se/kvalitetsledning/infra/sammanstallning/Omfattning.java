package se.kvalitetsledning.infra.sammanstallning;

import java.util.Locale;
import java.util.Set;

/**
 * What a summary covers: the whole organisation, a förvaltning, a verksamhetsområde or an enhet ({@code id} null for
 * the whole), by name, and the enheter under it. Only the whole organisation also counts the synpunkter whose enhet
 * is not known.
 */
public record Omfattning(Niva niva, String id, String namn, Set<String> enheter) {

    public Omfattning {
        enheter = Set.copyOf(enheter);
    }

    public boolean hela() {
        return niva == Niva.HELA;
    }

    /** How the page's choice names it: empty for the whole organisation, else {@code niva:id}. */
    public String val() {
        return hela() ? "" : niva.name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    public enum Niva {
        HELA("Hela organisationen"),
        FORVALTNING("Förvaltning"),
        VERKSAMHETSOMRADE("Verksamhetsområde"),
        ENHET("Enhet");

        private final String benamning;

        Niva(String benamning) {
            this.benamning = benamning;
        }

        public String benamning() {
            return benamning;
        }
    }
}
