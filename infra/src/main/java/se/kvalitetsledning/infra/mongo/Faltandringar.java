package se.kvalitetsledning.infra.mongo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The update operators the projections send for their sets of ids ({@code Batchmangder}), applied to a stored
 * document (or the one an upsert starts from) as the library applies them, without its copies and comparisons:
 * {@code $set} of top-level fields, {@code $addToSet} of texts (one or {@code $each}) and {@code $pullAll} of texts.
 * Anything else, or a field named twice, gives null, and the library's own way answers (and refuses what it refuses).
 */
final class Faltandringar {

    private Faltandringar() {
    }

    /** {@code dokument} (a copy of its own, changed in place) with the update applied, or null. */
    static Document tillampa(Document dokument, Document andring, String idFalt) {
        Set<String> andrade = new HashSet<>();
        for (Map.Entry<String, Object> operator : andring.entrySet()) {
            if (!(operator.getValue() instanceof Document falt)) {
                return null;
            }
            for (Map.Entry<String, Object> f : falt.entrySet()) {
                String namn = f.getKey();
                if (namn.isEmpty() || namn.contains(".") || namn.startsWith("$") || namn.equals(idFalt)
                        || !andrade.add(namn) || !tillampa(dokument, operator.getKey(), namn, f.getValue())) {
                    return null;
                }
            }
        }
        return dokument;
    }

    private static boolean tillampa(Document dokument, String operator, String falt, Object varde) {
        return switch (operator) {
            case "$set" -> {
                dokument.put(falt, varde);
                yield true;
            }
            case "$addToSet" -> laggTill(dokument, falt, varde);
            case "$pullAll" -> taBort(dokument, falt, varde);
            default -> false;
        };
    }

    private static boolean laggTill(Document dokument, String falt, Object varde) {
        List<?> nya = varde instanceof Document d && d.size() == 1 && d.get("$each") instanceof List<?> varje ? varje
                : Collections.singletonList(varde);
        List<Object> lista = lista(dokument, falt);
        if (lista == null || !nya.stream().allMatch(String.class::isInstance)) {
            return false;
        }
        // a set beside the list: asking the list itself was quadratic, and a month's set holds thousands of ids
        Set<Object> finns = new HashSet<>(lista);
        for (Object ny : nya) {
            if (finns.add(ny)) {
                lista.add(ny);
            }
        }
        dokument.put(falt, lista);
        return true;
    }

    private static boolean taBort(Document dokument, String falt, Object varde) {
        if (!(varde instanceof List<?> ut) || !ut.stream().allMatch(String.class::isInstance)) {
            return false;
        }
        if (dokument.get(falt) == null) {
            return true; // nothing to take from, as the library does
        }
        List<Object> lista = lista(dokument, falt);
        if (lista == null) {
            return false;
        }
        lista.removeIf(new HashSet<>(ut)::contains);
        dokument.put(falt, lista);
        return true;
    }

    /** A changeable copy of the field's array (empty when it has none), or null when it holds something else. */
    private static List<Object> lista(Document dokument, String falt) {
        Object fore = dokument.get(falt);
        if (fore == null) {
            return new ArrayList<>();
        }
        return fore instanceof List<?> l ? new ArrayList<>(l) : null;
    }
}
