package se.kvalitetsledning.atgard;

import java.util.Objects;

/** What an åtgärd came from: a case of some kind, by its id. */
public record Kalla(Kalltyp typ, String id) {

    public Kalla {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(id, "id");
    }
}
