package se.kvalitetsledning.sammanstallning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;

import se.kvalitetsledning.projektion.Batchmangder;
import se.kvalitetsledning.projektion.Textlistor;
import se.kvalitetsledning.projektion.Tidtext;
import se.kvalitetsledning.projektion.Tomning;

/**
 * Keeps {@link ArendeflodeIndexDokument}: where each case is listed follows from its document, so a change of a case
 * moves its id from the places its old state gave to those its new state gives.
 */
final class ArendeflodeIndex {

    /**
     * {@code element} is the case's id, in {@code oppna} followed by {@code |} and when it was received
     * ({@link Tidtext}, to the millisecond as a date comes back from the database: a case read back lists the same).
     */
    private record Plats(String dokument, String falt, String element) {
    }

    /** An open case as the index lists it: enough to tell whether it is late without reading it. */
    record Oppet(String id, String inkom, boolean forsenad) {

        /** Whether it was received before the time, compared as text ({@link Tidtext}). */
        boolean inkomFore(String tid) {
            return inkom.compareTo(tid) < 0;
        }

        Arendeslag slag() {
            return ArendeflodeDokument.slag(id);
        }
    }

    /** Where a case is listed, taken before it changes. */
    record Platser(Set<Plats> platser) {
        static final Platser INGA = new Platser(Set.of());
    }

    private final MongoTemplate mongo;
    private final Map<String, Batchmangder> falt;

    ArendeflodeIndex(MongoTemplate mongo) {
        this.mongo = mongo;
        this.falt = Map.of(
                "inkomna", new Batchmangder(mongo, ArendeflodeIndexDokument.class, "inkomna"),
                "avslutade", new Batchmangder(mongo, ArendeflodeIndexDokument.class, "avslutade"),
                "oppna", new Batchmangder(mongo, ArendeflodeIndexDokument.class, "oppna"),
                "forsenade", new Batchmangder(mongo, ArendeflodeIndexDokument.class, "forsenade"));
    }

    /** Moves the case from where it was listed ({@link Platser#INGA} when new) to where its state lists it now. */
    void flytta(Platser fore, ArendeflodeDokument efter) {
        Set<Plats> gamla = fore.platser();
        Set<Plats> nya = platser(efter).platser();
        for (Plats p : gamla) {
            if (!nya.contains(p)) {
                falt.get(p.falt()).ta(p.dokument(), p.element());
            }
        }
        for (Plats p : nya) {
            if (!gamla.contains(p)) {
                falt.get(p.falt()).lagg(p.dokument(), Map.of(), p.element());
            }
        }
    }

    /** The cases of the enheter ({@code null}: the whole organisation) received in one of the months. */
    Set<String> inkomna(Set<String> enheter, Collection<String> manader) {
        return ids(manadsdokument(enheter, manader), "inkomna");
    }

    /**
     * How many cases of each slag the enheter received in each of the months (yyyy-MM), read in one query. A case is
     * listed under its own enhet only, so the documents' lists are counted as they are.
     */
    Map<String, Map<Arendeslag, Long>> inkomnaPerManad(Set<String> enheter, Collection<String> manader) {
        Map<String, Map<Arendeslag, Long>> perManad = new HashMap<>();
        las(manadsdokument(enheter, manader), "inkomna").forEach((dokument, ids) -> {
            String manad = ArendeflodeIndexDokument.manad(dokument);
            var antal = perManad.computeIfAbsent(manad, m -> new EnumMap<>(Arendeslag.class));
            ids.forEach(id -> antal.merge(ArendeflodeDokument.slag(id), 1L, Long::sum));
        });
        return perManad;
    }

    /** The cases of the enheter closed in one of the months. */
    Set<String> avslutade(Set<String> enheter, Collection<String> manader) {
        return ids(manadsdokument(enheter, manader), "avslutade");
    }

    /** The cases of the enheter open now, read from the index alone. */
    List<Oppet> oppna(Set<String> enheter) {
        List<String> dokument = omfang(enheter).stream()
                .flatMap(e -> ArendeflodeIndexDokument.oppnaDokument(e).stream()).toList();
        Set<String> forsenade = ids(dokument, "forsenade");
        return ids(dokument, "oppna").stream().map(e -> {
            int skiljetecken = e.lastIndexOf('|');
            String id = e.substring(0, skiljetecken);
            return new Oppet(id, e.substring(skiljetecken + 1), forsenade.contains(id));
        }).toList();
    }

    void rensa() {
        Tomning.tom(mongo, ArendeflodeIndexDokument.class);
    }

    private Set<String> ids(List<String> dokument, String falt) {
        Set<String> ids = new LinkedHashSet<>();
        las(dokument, falt).values().forEach(ids::addAll);
        return ids;
    }

    /** The documents by id with only the one list asked for: a month's others are as long, and not needed. */
    private Map<String, List<String>> las(List<String> dokument, String falt) {
        return Textlistor.las(mongo, ArendeflodeIndexDokument.SAMLING, dokument, falt);
    }

    private static List<String> manadsdokument(Set<String> enheter, Collection<String> manader) {
        List<String> dokument = new ArrayList<>();
        for (String enhet : omfang(enheter)) {
            manader.forEach(m -> dokument.addAll(ArendeflodeIndexDokument.manadsdokument(enhet, m)));
        }
        return dokument;
    }

    private static Collection<String> omfang(Set<String> enheter) {
        return enheter == null ? List.of(ArendeflodeIndexDokument.HELA) : enheter;
    }

    /** Where the case is listed: for its enhet and for the whole organisation. */
    static Platser platser(ArendeflodeDokument d) {
        Set<Plats> platser = new HashSet<>();
        for (String enhet : List.of(d.enhet, ArendeflodeIndexDokument.HELA)) {
            platser.add(new Plats(ArendeflodeIndexDokument.manadsdokument(enhet, d.manad, d.id), "inkomna", d.id));
            if (d.oppen) {
                platser.add(new Plats(ArendeflodeIndexDokument.oppnaDokument(enhet, d.id), "oppna",
                        d.id + "|" + Tidtext.av(d.inkom)));
                if (d.forsenad) {
                    platser.add(new Plats(ArendeflodeIndexDokument.oppnaDokument(enhet, d.id), "forsenade",
                            d.id));
                }
            } else if (d.avslutadManad != null) {
                platser.add(new Plats(ArendeflodeIndexDokument.manadsdokument(enhet, d.avslutadManad, d.id),
                        "avslutade", d.id));
            }
        }
        return new Platser(platser);
    }
}
