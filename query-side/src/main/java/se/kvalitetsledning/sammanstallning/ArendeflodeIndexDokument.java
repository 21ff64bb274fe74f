package se.kvalitetsledning.sammanstallning;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The ids of the cases an enhet ({@code *}: the whole organisation) received and closed in a month
 * ({@code <enhet>|<yyyy-MM>}), or has open now ({@code <enhet>|oppna}: each as {@code <id>|<received>}, and those
 * whose deadline passed also in {@code forsenade}). The whole organisation's open cases and its months are spread over
 * {@link #HINKAR} documents each ({@code *|oppna|<n>}, {@code *|<yyyy-MM>|<n>}) by the case's id: each change of a
 * case rewrites its document, and one document with every open case, or every case of a month, made that cost grow
 * with all of them. The summary finds a month's cases through these by {@code _id}, which every server serves from
 * its primary key, instead of a query on the months.
 */
@Document(ArendeflodeIndexDokument.SAMLING)
record ArendeflodeIndexDokument(@Id String id, List<String> inkomna, List<String> avslutade, List<String> oppna,
                                List<String> forsenade) {

    static final String SAMLING = "arendeflode-index";
    static final String HELA = "*";
    static final int HINKAR = 16;

    /** The document that lists the case among those the enhet received or closed in the month. */
    static String manadsdokument(String enhet, String manad, String arende) {
        return hink(enhet, enhet + "|" + manad, arende);
    }

    /** The documents that together list the cases the enhet received or closed in the month. */
    static List<String> manadsdokument(String enhet, String manad) {
        return hinkar(enhet, enhet + "|" + manad);
    }

    /** The month of a document {@link #manadsdokument} names (an enhet's is after its last {@code |}). */
    static String manad(String dokument) {
        return dokument.startsWith(HELA + "|") ? dokument.split("\\|")[1]
                : dokument.substring(dokument.lastIndexOf('|') + 1);
    }

    /** The document that lists the case among the enhet's open ones. */
    static String oppnaDokument(String enhet, String arende) {
        return hink(enhet, enhet + "|oppna", arende);
    }

    /** The documents that together list the enhet's open cases. */
    static List<String> oppnaDokument(String enhet) {
        return hinkar(enhet, enhet + "|oppna");
    }

    /** The whole organisation's {@code dokument} is one of {@link #HINKAR}, the case's by its id; an enhet's is one. */
    private static String hink(String enhet, String dokument, String arende) {
        return HELA.equals(enhet) ? dokument + "|" + Math.floorMod(arende.hashCode(), HINKAR) : dokument;
    }

    private static List<String> hinkar(String enhet, String dokument) {
        return HELA.equals(enhet) ? IntStream.range(0, HINKAR).mapToObj(hink -> dokument + "|" + hink).toList()
                : List.of(dokument);
    }
}
