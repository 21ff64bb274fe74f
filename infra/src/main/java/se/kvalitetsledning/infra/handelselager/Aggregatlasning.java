package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;

/**
 * An aggregate's events, read by {@code nyckel $in} (aggregate id and sequence, a unique key), so that a load is
 * index-served on every server and does not grow with the store.
 */
final class Aggregatlasning {

    private static final int FORSTA_FONSTRET = 16;
    private static final int STORSTA_FONSTRET = 256;

    private final MongoCollection<Document> handelser;
    private final HelaCommits helaCommits;

    Aggregatlasning(MongoCollection<Document> handelser, HelaCommits helaCommits) {
        this.handelser = handelser;
        this.helaCommits = helaCommits;
    }

    /**
     * The events from the given sequence on, in windows that start small and double (most aggregates have few
     * events after their snapshot), until a window is not filled.
     */
    List<DomainEventData<?>> las(String aggregat, long forstaSekvens) {
        List<DomainEventData<?>> alla = new ArrayList<>();
        int storlek = FORSTA_FONSTRET;
        long nasta = forstaSekvens;
        while (true) {
            List<DomainEventData<?>> lasta = fonster(aggregat, nasta, storlek);
            alla.addAll(lasta);
            if (lasta.size() < storlek) {
                return alla;
            }
            nasta += lasta.size();
            storlek = Math.min(storlek * 2, STORSTA_FONSTRET);
        }
    }

    /** Up to {@code storlek} consecutive events from the given sequence, of whole commits only. */
    List<DomainEventData<?>> fonster(String aggregat, long forstaSekvens, int storlek) {
        List<String> nycklar = LongStream.range(forstaSekvens, forstaSekvens + storlek)
                .mapToObj(sekvens -> Handelsdokument.nyckel(aggregat, sekvens)).toList();
        List<Document> lasta = handelser.find(in(Handelsdokument.NYCKEL, nycklar)).into(new ArrayList<>());
        Map<Long, Document> hela = helaCommits.hela(lasta);
        lasta.removeIf(d -> !hela.containsKey(Handelsdokument.global(d)));
        lasta.sort(Comparator.comparingLong(Handelsdokument::sekvens));
        List<DomainEventData<?>> resultat = new ArrayList<>();
        long forvantad = forstaSekvens;
        for (Document d : lasta) {
            if (Handelsdokument.sekvens(d) != forvantad++) {
                break;
            }
            resultat.add(Handelsdokument.last(d));
        }
        return resultat;
    }

    /** The last sequence number, by doubling then bisecting point look-ups of the unique key. */
    Optional<Long> sistaSekvens(String aggregat) {
        if (!finns(aggregat, 0)) {
            return Optional.empty();
        }
        long finnes = 0;
        long steg = 1;
        while (finns(aggregat, finnes + steg)) {
            finnes += steg;
            steg *= 2;
        }
        long saknas = finnes + steg;
        while (saknas - finnes > 1) {
            long mitt = (finnes + saknas) >>> 1;
            if (finns(aggregat, mitt)) {
                finnes = mitt;
            } else {
                saknas = mitt;
            }
        }
        return Optional.of(finnes);
    }

    private boolean finns(String aggregat, long sekvens) {
        return handelser.find(eq(Handelsdokument.NYCKEL, Handelsdokument.nyckel(aggregat, sekvens))).first() != null;
    }
}
