package se.kvalitetsledning.infra.webb;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.kategori.KategoriInfo;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;

/** Names instead of keys, and the choices of the forms' select lists, from the reference data. */
@Component
public class Namnuppslag {

    private final Referensdata referensdata;

    Namnuppslag(Referensdata referensdata) {
        this.referensdata = referensdata;
    }

    /** Enhet key → name, for showing. */
    public Map<String, String> enhetsnamn() {
        return referensdata.enheter().stream()
                .collect(Collectors.toMap(Organisationsnod::id, Organisationsnod::namn, (a, b) -> a));
    }

    /** Category key → name, retired ones included, since old cases keep them. */
    public Map<String, String> kategorinamn() {
        return referensdata.kategorier().stream()
                .collect(Collectors.toMap(KategoriInfo::id, KategoriInfo::namn, (a, b) -> a));
    }

    /** The enheter the actor belongs to, by name: where they can report. */
    public List<Organisationsnod> egnaEnheter(Aktor aktor) {
        return enheter(n -> aktor.tillhor(new EnhetId(n.id())));
    }

    public List<Organisationsnod> enheter(Predicate<Organisationsnod> urval) {
        return referensdata.enheter().stream()
                .filter(urval)
                .sorted(Comparator.comparing(Organisationsnod::namn))
                .toList();
    }

    /** Categories that can be chosen now, by group in catalogue order, for {@code <optgroup>}. */
    public Map<String, List<KategoriInfo>> valbaraKategorier() {
        return grupperade(referensdata.kategorier().stream().filter(KategoriInfo::aktiv).toList());
    }

    /** Every category, retired ones too, for filtering old cases. */
    public Map<String, List<KategoriInfo>> allaKategorier() {
        return grupperade(referensdata.kategorier());
    }

    private static Map<String, List<KategoriInfo>> grupperade(List<KategoriInfo> kategorier) {
        return kategorier.stream().collect(Collectors.groupingBy(
                k -> k.grupp() == null ? "Övrigt" : k.grupp(), LinkedHashMap::new, Collectors.toList()));
    }
}
