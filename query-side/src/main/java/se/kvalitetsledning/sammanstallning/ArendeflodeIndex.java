package se.kvalitetsledning.sammanstallning;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import se.kvalitetsledning.projektion.Batchmangder;

/**
 * Keeps {@link ArendeflodeIndexDokument}: where each case is listed follows from its document, so a change of a case
 * moves its id from the places its old state gave to those its new state gives.
 */
final class ArendeflodeIndex {

    private record Plats(String dokument, String falt) {
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
                "oppna", new Batchmangder(mongo, ArendeflodeIndexDokument.class, "oppna"));
    }

    /** Moves the case from where it was listed ({@link Platser#INGA} when new) to where its state lists it now. */
    void flytta(Platser fore, ArendeflodeDokument efter) {
        Set<Plats> gamla = fore.platser();
        Set<Plats> nya = platser(efter).platser();
        for (Plats p : gamla) {
            if (!nya.contains(p)) {
                falt.get(p.falt()).ta(p.dokument(), efter.id);
            }
        }
        for (Plats p : nya) {
            if (!gamla.contains(p)) {
                falt.get(p.falt()).lagg(p.dokument(), Map.of(), efter.id);
            }
        }
    }

    /** The cases of the enheter ({@code null}: the whole organisation) received in one of the months. */
    Set<String> inkomna(Set<String> enheter, Collection<String> manader) {
        return ids(manadsdokument(enheter, manader), ArendeflodeIndexDokument::inkomna);
    }

    /** The cases of the enheter closed in one of the months. */
    Set<String> avslutade(Set<String> enheter, Collection<String> manader) {
        return ids(manadsdokument(enheter, manader), ArendeflodeIndexDokument::avslutade);
    }

    /** The cases of the enheter open now. */
    Set<String> oppna(Set<String> enheter) {
        List<String> dokument = omfang(enheter).stream().map(ArendeflodeIndexDokument::oppna).toList();
        return ids(dokument, ArendeflodeIndexDokument::oppna);
    }

    void rensa() {
        mongo.remove(new Query(), ArendeflodeIndexDokument.class);
    }

    private Set<String> ids(List<String> dokument, Function<ArendeflodeIndexDokument, List<String>> falt) {
        Set<String> ids = new LinkedHashSet<>();
        for (var d : mongo.find(Query.query(where("_id").in(dokument)), ArendeflodeIndexDokument.class)) {
            ids.addAll(Objects.requireNonNullElse(falt.apply(d), List.of()));
        }
        return ids;
    }

    private static List<String> manadsdokument(Set<String> enheter, Collection<String> manader) {
        List<String> dokument = new ArrayList<>();
        for (String enhet : omfang(enheter)) {
            manader.forEach(m -> dokument.add(ArendeflodeIndexDokument.manad(enhet, m)));
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
            platser.add(new Plats(ArendeflodeIndexDokument.manad(enhet, d.manad), "inkomna"));
            if (d.oppen) {
                platser.add(new Plats(ArendeflodeIndexDokument.oppna(enhet), "oppna"));
            } else if (d.avslutadManad != null) {
                platser.add(new Plats(ArendeflodeIndexDokument.manad(enhet, d.avslutadManad), "avslutade"));
            }
        }
        return new Platser(platser);
    }
}
