package se.kvalitetsledning.infra.atgard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.infra.webb.Namnuppslag;

/**
 * An åtgärd's enheter and sources in the words of the pages: {@code ${@atgardsvisning.kalltyper(rad.kallor)}} in a
 * template.
 */
@Component("atgardsvisning")
public class Atgardsvisning {

    private final Namnuppslag namn;

    Atgardsvisning(Namnuppslag namn) {
        this.namn = namn;
    }

    /** "Gruppbostaden Eken, Daglig verksamhet Lyftet". */
    public String enheter(List<String> enheter) {
        Map<String, String> namnen = namn.enhetsnamn();
        return enheter.stream().map(e -> namnen.getOrDefault(e, e)).collect(Collectors.joining(", "));
    }

    /** "Avvikelse, Lex Sarah", or that it stands on its own. */
    public String kalltyper(List<Kalla> kallor) {
        return kallor.isEmpty() ? "Fristående" : kallor.stream().map(k -> k.typ().benamning()).distinct()
                .collect(Collectors.joining(", "));
    }

    /** The source's page, or null where the web UI has none. */
    public String lank(Kalla kalla) {
        return Kallvisning.lank(kalla);
    }
}
