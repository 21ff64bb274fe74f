package se.kvalitetsledning.avvikelse;

import static com.mongodb.client.model.Filters.in;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import se.kvalitetsledning.projektion.Tomning;

/**
 * Counters change only through {@code $addToSet} and {@code $pull}, both harmless when repeated. Reports find them
 * through an index and read them by {@code _id}, so a year costs the same however long the history is: a query on the
 * counters' other fields made the embedded server read every counter of every year. The index files a row (enhet,
 * counter id) under each month ({@code <yyyy-MM>}) and the months under {@link #MANADER}. A row is never taken out
 * (an emptied counter counts nothing), so putting one in twice changes nothing.
 */
@Repository
class AvvikelseRakningRepository {

    private static final String MANADER = "manader";
    private static final Comparator<AvvikelseRakning> ORDNING = Comparator.comparing(AvvikelseRakning::enhet)
            .thenComparing(AvvikelseRakning::manad).thenComparing(AvvikelseRakning::kategori)
            .thenComparing(AvvikelseRakning::kvalitetsomrade);

    private final MongoTemplate mongo;
    private final Batchbuffert<RakningsunderlagDokument> buffert;
    private final Batchmangder raknare;
    private final Radindex index;

    AvvikelseRakningRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, RakningsunderlagDokument.class, RakningsunderlagDokument::id);
        this.raknare = new Batchmangder(mongo, AvvikelseRakningDokument.class, "avvikelser");
        this.index = new Radindex(mongo, "avvikelse-rakning-index");
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
        }
    }

    void raknaUr(String avvikelse, Collection<Rakningsnyckel> nycklar) {
        nycklar.forEach(n -> raknare.ta(n.id(), avvikelse));
    }

    /** The counters with avvikelser in the enheter (null: all) and months (null: open-ended), in order. */
    List<AvvikelseRakning> rakna(Collection<String> enheter, YearMonth fran, YearMonth till) {
        return raknare(enheter, fran, till).stream()
                .filter(d -> !d.avvikelser().isEmpty())
                .map(d -> new AvvikelseRakning(d.enhet(), YearMonth.parse(d.manad()), d.kategori(),
                        d.kvalitetsomrade(), d.avvikelser().size()))
                .sorted(ORDNING).toList();
    }

    /**
     * The avvikelser per enhet and category in the period, each once: an avvikelse with several kvalitetsområden is
     * in several counters of its category, so their sets are joined rather than their sizes summed.
     */
    List<Kategorirakning> raknaPerKategori(Collection<String> enheter, YearMonth fran, YearMonth till) {
        Map<List<String>, Set<String>> avvikelser = new TreeMap<>(Comparator.comparing((List<String> n) -> n.get(0))
                .thenComparing(n -> n.get(1)));
        for (var d : raknare(enheter, fran, till)) {
            avvikelser.computeIfAbsent(List.of(d.enhet(), d.kategori()), n -> new HashSet<>()).addAll(d.avvikelser());
        }
        return avvikelser.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Kategorirakning(e.getKey().get(0), e.getKey().get(1), e.getValue().size()))
                .toList();
    }

    void rensa() {
        Tomning.tom(mongo, AvvikelseRakningDokument.class);
        Tomning.tom(mongo, RakningsunderlagDokument.class);
        index.rensa();
    }

    /** A counter as a report reads it: its avvikelser in a list, not hashed into a set. */
    private record Raknare(String enhet, String manad, String kategori, String kvalitetsomrade,
                           List<String> avvikelser) {
    }

    /**
     * The counters of the enheter and months, found through the index and taken as the driver gives them: Spring's
     * object mapping looked up a conversion for every id of every counter, and hashed each into a set.
     */
    private List<Raknare> raknare(Collection<String> enheter, YearMonth fran, YearMonth till) {
        List<String> manader = index.allaRader(List.of(MANADER)).stream().map(rad -> rad.get(0))
                .filter(m -> (fran == null || m.compareTo(fran.toString()) >= 0)
                        && (till == null || m.compareTo(till.toString()) <= 0))
                .toList();
        List<String> ids = index.allaRader(manader).stream()
                .filter(rad -> enheter == null || enheter.contains(rad.get(0))).map(rad -> rad.get(1)).toList();
        List<Raknare> raknare = new ArrayList<>();
        if (ids.isEmpty()) {
            return raknare;
        }
        for (Document d : mongo.getCollection(mongo.getCollectionName(AvvikelseRakningDokument.class))
                .find(in("_id", ids))) {
            raknare.add(new Raknare(d.getString("enhet"), d.getString("manad"), d.getString("kategori"),
                    d.getString("kvalitetsomrade"),
                    Objects.requireNonNullElse(d.getList("avvikelser", String.class), List.of())));
        }
        return raknare;
    }
}
