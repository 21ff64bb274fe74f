package se.kvalitetsledning.egenkontroll;

import java.util.List;

/** A required question asked of a sample item that has no answer yet: what keeps a check from being completed. */
public record SaknatSvar(String post, FragaId fraga) {

    /** Every one, item by item in the sample's order, question by question in the template's. */
    public static List<SaknatSvar> i(Mallversion mall, List<String> poster, Svarsuppslag svar) {
        Fragetillamplighet tillamplighet = new Fragetillamplighet(mall, svar);
        return poster.stream()
                .flatMap(post -> mall.fragor().stream()
                        .filter(f -> f.obligatorisk() && svar.svar(post, f.id()) == null
                                && tillamplighet.galler(post, f))
                        .map(f -> new SaknatSvar(post, f.id())))
                .toList();
    }
}
