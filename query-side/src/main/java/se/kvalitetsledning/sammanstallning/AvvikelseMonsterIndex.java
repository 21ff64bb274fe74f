package se.kvalitetsledning.sammanstallning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;

import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Radindex.Rad;
import se.kvalitetsledning.projektion.Stampelcache;
import se.kvalitetsledning.projektion.Stamplar;

/**
 * The patterns' rows: per enhet and month ({@code <enhet>|<yyyy-MM>}, {@code *} for the whole organisation) each
 * avvikelse that occurred in it, with its id, enhet, category and brukarnyckel. Filed per month, not per year, so a
 * period reads only its own months; the whole organisation's months are kept in {@link #HINKAR} documents each, so a
 * change rewrites a sixteenth of the month (one document of the benchmark history's months is 180 kB; after some
 * 19,000 filings into one month in a trial of P1 it was 2.8 MB, rewritten at each batch).
 * <p>
 * What a summary reads of a document is kept in memory while the document's mark ({@link Stamplar}) stays the same:
 * the whole organisation's months hold some thousand rows each, read and decoded at every summary.
 */
final class AvvikelseMonsterIndex {

    private static final String HELA = "*";
    private static final int HINKAR = 16;
    /** The whole organisation's four years, with room for the enheter asked for most. */
    private static final int DOKUMENT_I_MINNET = 400;

    /** One avvikelse as the patterns count it; {@code brukarnyckel} null without a brukare. */
    record Avvikelse(String enhet, YearMonth manad, String kategori, String brukarnyckel) {
    }

    private final Radindex index;
    private final Stamplar stamplar;
    private final Stampelcache<List<Avvikelse>> lasta;

    AvvikelseMonsterIndex(MongoTemplate mongo) {
        this.index = new Radindex(mongo, "avvikelse-monster-index",
                dokument -> dokument.startsWith(HELA + "|") ? HINKAR : 1);
        this.stamplar = new Stamplar(mongo, "avvikelse-monster-stamplar");
        this.lasta = new Stampelcache<>(stamplar, DOKUMENT_I_MINNET);
    }

    /** Moves the avvikelse's rows from those of its old state ({@code fore}, empty when new) to those of its new. */
    void flytta(Set<Rad> fore, AvvikelseMonsterDokument efter) {
        Set<Rad> nya = rader(efter);
        if (!fore.equals(nya)) {
            index.flytta(fore, nya);
            Stream.concat(fore.stream(), nya.stream()).map(Rad::dokument).distinct().forEach(stamplar::stampla);
        }
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
        lasta.hamta(dokument, this::las).values().forEach(avvikelser::addAll);
        return avvikelser;
    }

    void rensa() {
        index.rensa();
        stamplar.rensa();
    }

    /** Each document's avvikelser, none for a document that is missing. */
    private Map<String, List<Avvikelse>> las(List<String> dokument) {
        Map<String, List<Avvikelse>> avvikelser = new HashMap<>();
        dokument.forEach(id -> avvikelser.put(id, List.of()));
        index.las(dokument).forEach((id, rader) -> {
            var manad = YearMonth.parse(id.substring(id.lastIndexOf('|') + 1));
            avvikelser.put(id, rader.stream().map(r -> new Avvikelse(r.get(1), manad, r.get(2),
                    r.get(3).isEmpty() ? null : r.get(3))).toList());
        });
        return avvikelser;
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
