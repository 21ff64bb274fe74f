package se.kvalitetsledning.projektion;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/**
 * Fields of a read model's own {@link Batchbuffert.Form} as Spring's mapping keeps them: an absent value left out,
 * an enum by its name, a time as a date.
 */
public final class Formfalt {

    private Formfalt() {
    }

    /** Puts the value in the document unless it is absent. */
    public static void satt(Document dokument, String falt, Object varde) {
        if (varde != null) {
            dokument.put(falt, varde);
        }
    }

    public static String namn(Enum<?> varde) {
        return varde == null ? null : varde.name();
    }

    public static List<String> namn(Collection<? extends Enum<?>> varden) {
        return varden == null ? null : varden.stream().<String>map(Enum::name).toList();
    }

    public static <E extends Enum<E>> E varde(Class<E> typ, String namn) {
        return namn == null ? null : Enum.valueOf(typ, namn);
    }

    public static Date datum(Instant tid) {
        return tid == null ? null : Date.from(tid);
    }

    public static Instant tid(Date datum) {
        return datum == null ? null : datum.toInstant();
    }
}
