package se.kvalitetsledning.sammanstallning;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The ids of the cases an enhet ({@code *}: the whole organisation) received and closed in a month
 * ({@code <enhet>|<yyyy-MM>}), or has open now ({@code <enhet>|oppna}: each as {@code <id>|<received>}, and those
 * whose deadline passed also in {@code forsenade}). The summary finds a month's cases through
 * these by {@code _id}, which every server serves from its primary key, instead of a query on the months.
 */
@Document("arendeflode-index")
record ArendeflodeIndexDokument(@Id String id, List<String> inkomna, List<String> avslutade, List<String> oppna,
                                List<String> forsenade) {

    static final String HELA = "*";

    static String manad(String enhet, String manad) {
        return enhet + "|" + manad;
    }

    static String oppna(String enhet) {
        return enhet + "|oppna";
    }
}
