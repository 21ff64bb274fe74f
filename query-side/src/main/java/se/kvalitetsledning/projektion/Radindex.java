package se.kvalitetsledning.projektion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Rows of text filed under documents a count reads by {@code _id} only (e.g. {@code <enhet>|<år>}), which every
 * server serves from its primary key, so a count costs the same however long the history is; a query on other fields
 * makes the embedded server read the whole collection. An aggregate's rows follow from its read model, and each row
 * holds the aggregate's id: a change moves the rows its old state gave to those its new state gives, through
 * {@link Batchmangder} (harmless when repeated, written once per batch). A document that gathers many rows (the whole
 * organisation's month) may be kept in several, its hinkar ({@code <dokument>#<n>}), a row in the one its text
 * hashes to: a change rewrites that one alone, where one document was rewritten whole at every change and grew with
 * every row. Reads put a document's hinkar together again.
 */
public final class Radindex {

    private static final String SKILJETECKEN = "|";

    /** One row: its fields joined by {@code |} (escaped inside a field), filed under the document {@code dokument}. */
    public record Rad(String dokument, String text) {

        public static Rad av(String dokument, Object... falt) {
            return new Rad(dokument, Radindex.text(falt));
        }
    }

    /** How the rows are stored: one document per key, its rows in a set. */
    record Raddokument(@Id String id, List<String> rader) {
    }

    private final MongoTemplate mongo;
    private final String samling;
    private final Batchmangder rader;
    private final ToIntFunction<String> hinkar;

    public Radindex(MongoTemplate mongo, String samling) {
        this(mongo, samling, dokument -> 1);
    }

    /** An index whose document {@code d} is kept in {@code hinkar(d)} documents. */
    public Radindex(MongoTemplate mongo, String samling, ToIntFunction<String> hinkar) {
        this.mongo = mongo;
        this.samling = samling;
        this.rader = new Batchmangder(mongo, Raddokument.class, samling, "rader");
        this.hinkar = hinkar;
    }

    /** Takes out the rows of {@code fore} that {@code efter} lacks and puts in those it adds. */
    public void flytta(Set<Rad> fore, Set<Rad> efter) {
        for (Rad rad : fore) {
            if (!efter.contains(rad)) {
                rader.ta(hink(rad), rad.text());
            }
        }
        for (Rad rad : efter) {
            if (!fore.contains(rad)) {
                rader.lagg(hink(rad), Map.of(), rad.text());
            }
        }
    }

    /** The rows of each of the documents that exist, by document id, each row split into its fields. */
    public Map<String, List<List<String>>> las(Collection<String> dokument) {
        Map<String, String> dokumentet = new HashMap<>(); // each hink's document
        dokument.forEach(d -> hinkar(d).forEach(hink -> dokumentet.put(hink, d)));
        Map<String, List<List<String>>> perDokument = new HashMap<>();
        Textlistor.las(mongo, samling, dokumentet.keySet(), "rader").forEach((hink, rader) ->
                perDokument.computeIfAbsent(dokumentet.get(hink), d -> new ArrayList<>())
                        .addAll(rader.stream().map(Radindex::falt).toList()));
        return perDokument;
    }

    /** The rows of all the documents in one list. */
    public List<List<String>> allaRader(Collection<String> dokument) {
        List<List<String>> alla = new ArrayList<>();
        las(dokument).values().forEach(alla::addAll);
        return alla;
    }

    public void rensa() {
        Tomning.tom(mongo, samling);
    }

    private String hink(Rad rad) {
        int antal = hinkar.applyAsInt(rad.dokument());
        return antal == 1 ? rad.dokument() : rad.dokument() + "#" + Math.floorMod(rad.text().hashCode(), antal);
    }

    private List<String> hinkar(String dokument) {
        int antal = hinkar.applyAsInt(dokument);
        return antal == 1 ? List.of(dokument)
                : IntStream.range(0, antal).mapToObj(hink -> dokument + "#" + hink).toList();
    }

    /** The fields joined by {@code |}, each escaped so that {@link #falt} gives them back (null as empty). */
    public static String text(Object... falt) {
        return Arrays.stream(falt).map(f -> f == null ? "" : kodat(f.toString()))
                .collect(Collectors.joining(SKILJETECKEN));
    }

    /** The fields of a {@link #text}; one without an escape, as most are, is taken as it is. */
    public static List<String> falt(String text) {
        String[] falt = text.split("\\" + SKILJETECKEN, -1);
        for (int i = 0; i < falt.length; i++) {
            if (falt[i].indexOf('%') >= 0) {
                falt[i] = avkodat(falt[i]);
            }
        }
        return List.of(falt);
    }

    private static String kodat(String falt) {
        return falt.replace("%", "%25").replace(SKILJETECKEN, "%7C");
    }

    private static String avkodat(String falt) {
        return falt.replace("%7C", SKILJETECKEN).replace("%25", "%");
    }
}
