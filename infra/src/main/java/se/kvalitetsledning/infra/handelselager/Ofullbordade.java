package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits cut short: a process that dies in the middle of writing a commit leaves some of its events. Readers never
 * see them (see {@link HelaCommits}); this removes them, so that the aggregate's next command can take those
 * sequence numbers. Only a commit that cannot still be in progress is removed.
 */
final class Ofullbordade {

    private static final Logger log = LoggerFactory.getLogger(Ofullbordade.class);
    /**
     * Commits in progress at a crash are among the last numbers reserved (a block lives at most a second); this many
     * are examined at start, far more than the commits one process has in progress at once.
     */
    private static final int FONSTER_VID_START = 2_000;
    private static final int BATCH = 1_000;

    private final MongoCollection<Document> handelser;
    private final Globalraknare raknare;
    private final HelaCommits helaCommits;
    private final Duration luckTimeout;
    private final Clock clock;

    Ofullbordade(MongoCollection<Document> handelser, HelaCommits helaCommits, Globalraknare raknare,
                 Duration luckTimeout, Clock clock) {
        this.handelser = handelser;
        this.raknare = raknare;
        this.helaCommits = helaCommits;
        this.luckTimeout = luckTimeout;
        this.clock = clock;
    }

    /** At start with a single writer: every unfinished commit among the last numbers is a crash's, and goes. */
    void taBortEfterKrasch() {
        long hogsta = raknare.hogsta();
        int borttagna = 0;
        for (long fran = Math.max(1, hogsta - FONSTER_VID_START + 1); fran <= hogsta; fran += BATCH) {
            List<Long> nummer = LongStream.range(fran, Math.min(fran + BATCH, hogsta + 1)).boxed().toList();
            List<Document> lasta = handelser.find(in(Handelsdokument.ID, nummer)).into(new ArrayList<>());
            Map<Long, Document> hela = helaCommits.hela(lasta);
            Set<Long> ofullbordade = new HashSet<>();
            lasta.stream().filter(d -> !hela.containsKey(Handelsdokument.global(d)))
                    .forEach(d -> ofullbordade.add(Handelsdokument.commit(d)));
            for (Document forsta : lasta) {
                long commit = Handelsdokument.commit(forsta);
                if (ofullbordade.remove(commit)) {
                    borttagna += taBort(commit, Handelsdokument.antal(forsta));
                }
            }
        }
        if (borttagna > 0) {
            log.warn("Händelselagret: {} händelser ur commits som avbröts av en krasch togs bort", borttagna);
        }
    }

    /**
     * After an append failed on the given key: if the event holding it belongs to an unfinished commit older than
     * the gap timeout, that commit is removed and the append may be tried again.
     */
    boolean rensaBlockerande(String nyckel) {
        Document blockerande = handelser.find(eq(Handelsdokument.NYCKEL, nyckel)).first();
        if (blockerande == null
                || !Handelsdokument.tid(blockerande).isBefore(clock.instant().minus(luckTimeout))
                || helaCommits.hela(List.of(blockerande)).containsKey(Handelsdokument.global(blockerande))) {
            return false;
        }
        taBort(Handelsdokument.commit(blockerande), Handelsdokument.antal(blockerande));
        return true;
    }

    private int taBort(long commit, int antal) {
        List<Long> nummer = LongStream.range(commit, commit + antal).boxed().toList();
        return (int) handelser.deleteMany(in(Handelsdokument.ID, nummer)).getDeletedCount();
    }
}
