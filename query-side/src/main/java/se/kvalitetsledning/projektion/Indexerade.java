package se.kvalitetsledning.projektion;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.kvalitetsledning.projektion.Radindex.Rad;

/**
 * A read model's documents, one per aggregate, each with rows in a {@link Radindex} that follow from the document
 * alone: a new document is stored once (a redelivered first event changes nothing), and a change by an event newer
 * than the document's version moves its rows from those its old state gave to those its new state gives.
 */
public final class Indexerade<D extends Indexerade.Dokument> {

    /** A document of one aggregate: its id, and the sequence number of the last event applied to it. */
    public abstract static class Dokument {
        @Id
        public String id;
        public long version;
    }

    private final Batchbuffert<D> buffert;
    private final Radindex index;
    private final Function<D, Set<Rad>> rader;

    public Indexerade(MongoTemplate mongo, Class<D> typ, Radindex index, Function<D, Set<Rad>> rader) {
        this.buffert = new Batchbuffert<>(mongo, typ, d -> d.id);
        this.index = index;
        this.rader = rader;
    }

    public Optional<D> hitta(String id) {
        return buffert.hitta(id);
    }

    /** Stores a new document unless one with its id is already there (a redelivered event). */
    public void ny(D dokument) {
        if (buffert.hitta(dokument.id).isEmpty()) {
            buffert.spara(dokument);
            index.flytta(Set.of(), rader.apply(dokument));
        }
    }

    /** Changes the document by an event newer than the one it holds, and moves its rows accordingly. */
    public void andra(String id, long seq, Consumer<D> andring) {
        buffert.hitta(id).filter(d -> seq > d.version).ifPresent(d -> {
            Set<Rad> fore = rader.apply(d);
            andring.accept(d);
            d.version = seq;
            buffert.spara(d);
            index.flytta(fore, rader.apply(d));
        });
    }
}
