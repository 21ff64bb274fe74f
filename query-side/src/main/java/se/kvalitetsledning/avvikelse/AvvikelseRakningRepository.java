package se.kvalitetsledning.avvikelse;

import static com.mongodb.client.model.Filters.in;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.projektion.Batchmangder;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Radindex.Rad;
import se.kvalitetsledning.projektion.Stampelcache;
import se.kvalitetsledning.projektion.Stamplar;
import se.kvalitetsledning.projektion.Tomning;

/**
 * Counters change only through {@code $addToSet} and {@code $pull}, both harmless when repeated. Reports find them
 * through an index and read them by {@code _id}, so a year costs the same however long the history is: a query on the
 * counters' other fields made the embedded server read every counter of every year. The index files a row (enhet,
 * counter id) under each month ({@code <yyyy-MM>}) and the months under {@link #MANADER}. A row is never taken out
 * (an emptied counter counts nothing), so putting one in twice changes nothing.
 * <p>
 * What a report counts from a month is kept in memory while no counter of the month changes ({@link Stamplar}): a
 * month of all enheter is some thousand ids, read and decoded each time a report asked for it.
 */
@Repository
class AvvikelseRakningRepository {

    private static final String MANADER = "manader";
    /** Four years of months counted (a year and the one before it in a kvalitetsberättelse, with room to spare). */
    private static final int MANADER_I_MINNET = 48;
    private static final Comparator<AvvikelseRakning> ORDNING = Comparator.comparing(AvvikelseRakning::enhet)
            .thenComparing(AvvikelseRakning::manad).thenComparing(AvvikelseRakning::kategori)
            .thenComparing(AvvikelseRakning::kvalitetsomrade);

    private final MongoTemplate mongo;
    private final Batchbuffert<RakningsunderlagDokument> buffert;
    private final Batchmangder raknare;
    private final Radindex index;
    private final Stamplar stamplar;
    private final Stampelcache<Manadsrakning> manadsrakningar;

    AvvikelseRakningRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, RakningsunderlagDokument.class, RakningsunderlagDokument::id);
        this.raknare = new Batchmangder(mongo, AvvikelseRakningDokument.class, "avvikelser");
        this.index = new Radindex(mongo, "avvikelse-rakning-index");
        this.stamplar = new Stamplar(mongo, "avvikelse-rakning-stamplar");
        this.manadsrakningar = new Stampelcache<>(stamplar, MANADER_I_MINNET);
    }

    Optional<RakningsunderlagDokument> underlag(String avvikelse) {
        return buffert.hitta(avvikelse);
    }

    void spara(RakningsunderlagDokument underlag) {
        buffert.spara(underlag);
    }

    void raknaIn(String avvikelse, Collection<Rakningsnyckel> nycklar) {
        for (var n : nycklar) {
            raknare.lagg(n.id(), Map.of("enhet", n.enhet(), "manad", n.manad(), "kategori", n.kategori(),
                    "kvalitetsomrade", n.kvalitetsomrade()), avvikelse);
            index.flytta(Set.of(), Set.of(Rad.av(n.manad(), n.enhet(), n.id()), Rad.av(MANADER, n.manad())));
            stamplar.stampla(n.manad());
        }
    }

    void raknaUr(String avvikelse, Collection<Rakningsnyckel> nycklar) {
        for (var n : nycklar) {
            raknare.ta(n.id(), avvikelse);
            stamplar.stampla(n.manad());
        }
    }

    /** The counters with avvikelser in the enheter (null: all) and months (null: open-ended), in order. */
    List<AvvikelseRakning> rakna(Collection<String> enheter, YearMonth fran, YearMonth till) {
        return manader(fran, till).stream()
                .flatMap(m -> m.rakningar().stream())
                .filter(r -> enheter == null || enheter.contains(r.enhet()))
                .sorted(ORDNING).toList();
    }

    /**
     * The avvikelser per enhet and category in the period, each once: an avvikelse is counted in the month it
     * occurred, so a period's count per category is the sum of its months'.
     */
    List<Kategorirakning> raknaPerKategori(Collection<String> enheter, YearMonth fran, YearMonth till) {
        Map<List<String>, Long> antal = new TreeMap<>(Comparator.comparing((List<String> n) -> n.get(0))
                .thenComparing(n -> n.get(1)));
        for (Manadsrakning manad : manader(fran, till)) {
            manad.perKategori().stream()
                    .filter(k -> enheter == null || enheter.contains(k.enhet()))
                    .forEach(k -> antal.merge(List.of(k.enhet(), k.kategori()), k.antal(), Long::sum));
        }
        return antal.entrySet().stream()
                .map(e -> new Kategorirakning(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .toList();
    }

    void rensa() {
        Tomning.tom(mongo, AvvikelseRakningDokument.class);
        Tomning.tom(mongo, RakningsunderlagDokument.class);
        index.rensa();
        stamplar.rensa();
    }

    /** A counter as a report reads it: its avvikelser in a list, not hashed into a set. */
    private record Raknare(String enhet, String manad, String kategori, String kvalitetsomrade,
                           List<String> avvikelser) {
    }

    /**
     * One month of all enheter as the reports count it: each counter's size, and per enhet and category the
     * avvikelser once (one with several kvalitetsområden is in several counters of its category, so their sets are
     * joined rather than their sizes summed).
     */
    private record Manadsrakning(List<AvvikelseRakning> rakningar, List<Kategorirakning> perKategori) {

        static Manadsrakning av(List<Raknare> raknare) {
            List<AvvikelseRakning> rakningar = new ArrayList<>();
            Map<List<String>, Set<String>> perKategori = new HashMap<>();
            for (Raknare r : raknare) {
                if (!r.avvikelser().isEmpty()) {
                    rakningar.add(new AvvikelseRakning(r.enhet(), YearMonth.parse(r.manad()), r.kategori(),
                            r.kvalitetsomrade(), r.avvikelser().size()));
                    perKategori.computeIfAbsent(List.of(r.enhet(), r.kategori()), n -> new HashSet<>())
                            .addAll(r.avvikelser());
                }
            }
            return new Manadsrakning(rakningar, perKategori.entrySet().stream()
                    .map(e -> new Kategorirakning(e.getKey().get(0), e.getKey().get(1), e.getValue().size()))
                    .toList());
        }
    }

    /** The months with counters in the period, each counted anew only if a counter of it changed since. */
    private Collection<Manadsrakning> manader(YearMonth fran, YearMonth till) {
        List<String> manader = index.allaRader(List.of(MANADER)).stream().map(rad -> rad.get(0))
                .filter(m -> (fran == null || m.compareTo(fran.toString()) >= 0)
                        && (till == null || m.compareTo(till.toString()) <= 0))
                .toList();
        return manadsrakningar.hamta(manader, this::rakna).values();
    }

    /**
     * The months' counters, found through the index and taken as the driver gives them: Spring's object mapping
     * looked up a conversion for every id of every counter, and hashed each into a set.
     */
    private Map<String, Manadsrakning> rakna(List<String> manader) {
        List<String> ids = index.allaRader(manader).stream().map(rad -> rad.get(1)).toList();
        Map<String, List<Raknare>> perManad = new HashMap<>();
        manader.forEach(m -> perManad.put(m, new ArrayList<>()));
        if (!ids.isEmpty()) {
            for (Document d : mongo.getCollection(mongo.getCollectionName(AvvikelseRakningDokument.class))
                    .find(in("_id", ids))) {
                var r = new Raknare(d.getString("enhet"), d.getString("manad"), d.getString("kategori"),
                        d.getString("kvalitetsomrade"),
                        Objects.requireNonNullElse(d.getList("avvikelser", String.class), List.of()));
                perManad.computeIfAbsent(r.manad(), m -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Manadsrakning> rakningar = new HashMap<>();
        perManad.forEach((manad, raknare) -> rakningar.put(manad, Manadsrakning.av(raknare)));
        return rakningar;
    }
}
