package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.eq;

import java.util.SortedSet;
import java.util.TreeSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out global sequence numbers. One atomic {@code $inc} reserves a block of numbers for this process, which
 * hands them out to commits in increasing order, so most commits cost no extra round trip. A number that is handed
 * out but never written (a refused commit, the rest of a block at shutdown) stays a gap that readers wait for until
 * the gap timeout, then drop. Blocks are for a single writer only: readers judge a gap's age by the events after it,
 * and with several writers those may come from another process's later block, so there a block is one number.
 * A reservation is in progress until its commit is written and durable ({@link #klar}); below the first one in
 * progress every number is either durable or will never be written ({@link #hallbartTill}).
 */
final class Globalraknare {

    private static final String NYCKEL = "global";
    private static final String VARDE = "varde";

    private final MongoCollection<Document> raknare;
    private final int block;
    private final SortedSet<Long> pagaende = new TreeSet<>();
    private long nasta;
    private long slut;

    Globalraknare(MongoCollection<Document> raknare, int block) {
        this.raknare = raknare;
        this.block = block;
    }

    /**
     * Reserves {@code antal} consecutive numbers and returns the first; the numbers start at 1. MongoDB applies the
     * {@code $inc} atomically; the embedded server does not (its find-and-modify reads, then writes), and it admits
     * one process per data directory, so reservations are also serialized within the process.
     */
    synchronized long reservera(int antal) {
        if (nasta + antal > slut) {
            long storlek = Math.max(antal, block);
            Document efter = raknare.findOneAndUpdate(eq("_id", NYCKEL), Updates.inc(VARDE, storlek),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            slut = efter.getLong(VARDE) + 1;
            nasta = slut - storlek;
        }
        long forsta = nasta;
        nasta += antal;
        pagaende.add(forsta);
        return forsta;
    }

    /** The reservation starting at {@code forsta} is durable, or was given up with nothing of it left written. */
    synchronized void klar(long forsta) {
        pagaende.remove(forsta);
    }

    /**
     * With one writer, the highest number below which every commit handed out is durable or given up: what may be
     * shown to the projections, so that none of them ever holds an event a crash could still take back.
     */
    synchronized long hallbartTill() {
        if (nasta == 0) {
            // before the first reservation: the highest reserved before the start, read once (no other process can
            // reserve; read on every call, it held every tracking read in line behind this lock)
            slut = hogsta() + 1; // the next reservation takes a new block
            nasta = slut;
        }
        return pagaende.isEmpty() ? nasta - 1 : pagaende.first() - 1;
    }

    /** The highest number reserved by any process so far, 0 when none. */
    long hogsta() {
        Document nu = raknare.find(eq("_id", NYCKEL)).first();
        return nu == null ? 0 : nu.getLong(VARDE);
    }

    /** The highest number this process has handed out; with one writer, no event can come below it later. */
    synchronized long hogstaUtdelade() {
        return nasta == 0 ? hogsta() : nasta - 1;
    }
}
