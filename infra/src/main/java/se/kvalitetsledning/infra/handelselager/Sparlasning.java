package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.in;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;

/**
 * Reads the next batch for a tracking processor as Axon's JDBC engine does, but with one {@code _id $in} query
 * (served by the primary key on every server): the token's gaps plus the next numbers after its index. A number
 * reserved but not yet visible stays a gap in the token and is asked for again, until the events after it are older
 * than the gap timeout; then no commit can still be writing it and the gap is dropped.
 */
final class Sparlasning {

    private final MongoCollection<Document> handelser;
    private final HelaCommits helaCommits;
    private final LongSupplier synligTill;
    private final Lascache cache;
    private final Lasfolje folje;
    private final Object historiklasning = new Object();
    private final Duration luckTimeout;
    private final int maxLuckavstand;
    private final Clock clock;

    Sparlasning(MongoCollection<Document> handelser, HelaCommits helaCommits, LongSupplier synligTill, Lascache cache,
                Lasfolje folje, Duration luckTimeout, int maxLuckavstand, Clock clock) {
        this.handelser = handelser;
        this.helaCommits = helaCommits;
        this.synligTill = synligTill;
        this.cache = cache;
        this.folje = folje;
        this.luckTimeout = luckTimeout;
        this.maxLuckavstand = maxLuckavstand;
        this.clock = clock;
    }

    List<TrackedEventData<?>> nasta(GapAwareTrackingToken token, int batchStorlek) {
        // nothing is shown above the highest number reserved (or made durable, see Globalraknare) when we start:
        // asking for more cost an index lookup per number on every poll of an idle processor
        long hogsta = synligTill.getAsLong();
        long position = token == null ? 0 : token.getIndex();
        boolean historik = position + batchStorlek < hogsta;
        folje.hallIhop(position, historik);
        // ordered by the numbers they are kept under, not by reading each one's number at every comparison
        Collection<Lasthandelse> ordnade =
                new TreeMap<>(lasUtoverToken(token, batchStorlek, hogsta, historik)).values();
        Instant luckgrans = clock.instant().minus(luckTimeout);
        List<Lasthandelse> levereras = new ArrayList<>();
        List<GapAwareTrackingToken> tokens = new ArrayList<>();
        GapAwareTrackingToken aktuell = token;
        long aldstaInaktuella = 0; // the highest number older than the gap timeout
        for (Lasthandelse handelse : ordnade) {
            long nummer = handelse.global();
            int motGransen = handelse.getTimestamp().compareTo(luckgrans);
            if (motGransen < 0) {
                aldstaInaktuella = nummer;
            }
            if (aktuell != null && nummer <= aktuell.getIndex() && !aktuell.getGaps().contains(nummer)) {
                continue;
            }
            boolean luckorKanFyllas = motGransen > 0;
            aktuell = aktuell == null
                    ? GapAwareTrackingToken.newInstance(nummer,
                            luckorKanFyllas ? luckorFore(nummer) : Collections.emptySortedSet())
                    : aktuell.advanceTo(nummer, luckorKanFyllas ? maxLuckavstand : 0);
            levereras.add(handelse);
            tokens.add(aktuell);
        }
        if (!tokens.isEmpty()) {
            // a gap below an event older than the gap timeout cannot still be written: the batch's last token, the
            // one the processor keeps, drops it (every gap filled in this batch was delivered above)
            int sista = tokens.size() - 1;
            tokens.set(sista, tokens.get(sista).withGapsTruncatedAt(aldstaInaktuella));
        }
        List<TrackedEventData<?>> resultat = new ArrayList<>(levereras.size());
        for (int i = 0; i < levereras.size(); i++) {
            resultat.add(new TrackedDomainEventData<>(tokens.get(i), levereras.get(i)));
        }
        return resultat;
    }

    /**
     * The whole commits among the token's gaps, its index (whose age tells whether the gaps below it are stale) and
     * the next batch of numbers up to the highest reserved. Runs of numbers without a whole commit (reserved and never
     * written, or commits still in progress) may be longer than a batch; those are stepped over.
     */
    private Map<Long, Lasthandelse> lasUtoverToken(GapAwareTrackingToken token, int batchStorlek, long hogsta,
                                                   boolean historik) {
        SortedSet<Long> kanda = new TreeSet<>();
        if (token != null) {
            kanda.addAll(token.getGaps());
            kanda.add(token.getIndex());
        }
        long fran = token == null ? 1 : token.getIndex() + 1;
        while (true) {
            SortedSet<Long> nummer = new TreeSet<>(kanda);
            LongStream.rangeClosed(fran, Math.min(fran + batchStorlek - 1, hogsta)).forEach(nummer::add);
            Map<Long, Lasthandelse> hela = historik ? lasHistorik(nummer) : las(nummer);
            if (hela.keySet().stream().anyMatch(n -> token == null || n > token.getIndex()
                    || token.getGaps().contains(n))) {
                return hela;
            }
            if (fran + batchStorlek > hogsta) {
                return hela;
            }
            fran += batchStorlek;
        }
    }

    /**
     * Readers of history ask for the same numbers at about the same time (the {@link Lasfolje} lets them go on
     * together): one at a time, so that one reads from the database and the others find the events in the cache. A
     * reader whose numbers are all in the cache takes them without waiting for one that reads from the database: the
     * slowest reader, which sets the pace of a rebuild, is always such a one. (Each event kept belongs to a whole
     * commit; those of its commit outside the numbers come in a later batch.)
     */
    private Map<Long, Lasthandelse> lasHistorik(SortedSet<Long> nummer) {
        Map<Long, Lasthandelse> kanda = cache.hamta(nummer);
        if (kanda.size() == nummer.size()) {
            return kanda;
        }
        synchronized (historiklasning) {
            return las(nummer);
        }
    }

    /**
     * The whole commits among the numbers, those the cache has not from the database. What the cache has is whole
     * already; only what the database gave is looked at.
     */
    private Map<Long, Lasthandelse> las(SortedSet<Long> nummer) {
        Map<Long, Lasthandelse> hela = cache.hamta(nummer);
        List<Long> saknade = nummer.stream().filter(n -> !hela.containsKey(n)).toList();
        if (!saknade.isEmpty()) {
            Map<Long, Lasthandelse> nya = new HashMap<>();
            helaCommits.hela(handelser.find(in(Handelsdokument.ID, saknade)).into(new ArrayList<>()))
                    .forEach((n, d) -> nya.put(n, Handelsdokument.last(d)));
            cache.lagg(nya);
            hela.putAll(nya);
        }
        return hela;
    }

    private SortedSet<Long> luckorFore(long nummer) {
        return LongStream.range(Math.max(1, nummer - maxLuckavstand), nummer).boxed()
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
