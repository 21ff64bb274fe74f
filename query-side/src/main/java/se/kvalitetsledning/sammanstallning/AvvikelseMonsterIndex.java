package se.kvalitetsledning.sammanstallning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;

import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Radindex.Rad;

/**
 * The patterns' rows: per enhet and month ({@code <enhet>|<yyyy-MM>}, {@code *} for the whole organisation) each
 * avvikelse that occurred in it, with its id, enhet, category and brukarnyckel. Filed per month, not per year, so a
 * period reads only its own months and the whole organisation's busiest document stays small when rewritten.
 */
final class AvvikelseMonsterIndex {

    private static final String HELA = "*";

    /** One avvikelse as the patterns count it; {@code brukarnyckel} null without a brukare. */
    record Avvikelse(String enhet, YearMonth manad, String kategori, String brukarnyckel) {
    }

    private final Radindex index;

    AvvikelseMonsterIndex(MongoTemplate mongo) {
        this.index = new Radindex(mongo, "avvikelse-monster-index");
    }

    /** Moves the avvikelse's rows from those of its old state ({@code fore}, empty when new) to those of its new. */
    void flytta(Set<Rad> fore, AvvikelseMonsterDokument efter) {
        index.flytta(fore, rader(efter));
    }

    /** The avvikelser of the enheter ({@code null}: the whole organisation) that occurred from fran through till. */
    List<Avvikelse> avvikelser(Set<String> enheter, YearMonth fran, YearMonth till) {
        Collection<String> omfang = enheter == null ? List.of(HELA) : enheter;
        List<String> dokument = new ArrayList<>();
        for (var manad = fran; !manad.isAfter(till); manad = manad.plusMonths(1)) {
            for (String enhet : omfang) {
                dokument.add(dokument(enhet, manad.toString()));
            }
        }
        List<Avvikelse> avvikelser = new ArrayList<>();
        index.las(dokument).forEach((id, rader) -> {
            var manad = YearMonth.parse(id.substring(id.lastIndexOf('|') + 1));
            rader.forEach(r -> avvikelser.add(new Avvikelse(r.get(1), manad, r.get(2),
                    r.get(3).isEmpty() ? null : r.get(3))));
        });
        return avvikelser;
    }

    void rensa() {
        index.rensa();
    }

    static Set<Rad> rader(AvvikelseMonsterDokument d) {
        return Set.of(rad(d.enhet(), d), rad(HELA, d));
    }

    private static Rad rad(String enhet, AvvikelseMonsterDokument d) {
        return Rad.av(dokument(enhet, d.manad()), d.id(), d.enhet(), d.kategori(), d.brukarnyckel());
    }

    private static String dokument(String enhet, String manad) {
        return enhet + "|" + manad;
    }
}
