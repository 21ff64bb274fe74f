package se.kvalitetsledning.atgard;

import java.util.Objects;

/**
 * Asks for the same åtgärder as {@code urval}, in the same order, each whole with its free text, sources and effect
 * (for an export); answered with a list of {@link AtgardDetaljer}.
 */
public record ListaAtgardsdetaljer(ListaAtgarder urval) {

    public ListaAtgardsdetaljer {
        Objects.requireNonNull(urval, "urval");
    }
}
