package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.kvalitetsledning.kvalitetsberattelse.Omfang;
import se.kvalitetsledning.organisation.Organisationsnod;

/** A scope a berättelse can be written for, as the create form offers it: {@code val} is {@code NIVA:id}. */
record Omfangsval(String val, String namn, Omfang omfang) {

    /** Every förvaltning, then every verksamhetsområde, by name. */
    static List<Omfangsval> alla(List<Organisationsnod> organisation) {
        return organisation.stream()
                .filter(n -> n.niva() != Organisationsnod.Niva.ENHET)
                .map(Omfangsval::av)
                .sorted(Comparator.comparing((Omfangsval v) -> v.omfang().niva()).thenComparing(Omfangsval::namn))
                .toList();
    }

    /** The choice a form sent, if it is one of {@code valen}. */
    static Optional<Omfangsval> valt(List<Omfangsval> valen, String val) {
        return valen.stream().filter(v -> v.val().equals(val)).findFirst();
    }

    private static Omfangsval av(Organisationsnod nod) {
        boolean forvaltning = nod.niva() == Organisationsnod.Niva.FORVALTNING;
        Omfang omfang = new Omfang(forvaltning ? Omfang.Niva.FORVALTNING : Omfang.Niva.VERKSAMHETSOMRADE, nod.id());
        return new Omfangsval(omfang.niva() + ":" + nod.id(),
                (forvaltning ? "Förvaltning: " : "Verksamhetsområde: ") + nod.namn(), omfang);
    }
}
