package se.kvalitetsledning.avvikelse;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The counters of a month ({@code <yyyy-MM>}: their ids), or the months that have counters ({@link #MANADER}), so that
 * a report reads its counters by {@code _id}: a query on the counters' other fields made the embedded server read
 * every counter of every year. A row is never taken out (an emptied counter counts nothing), so putting one in
 * twice changes nothing.
 */
@Document("avvikelse-rakning-index")
record RakningsindexDokument(@Id String id, Set<String> rader) {

    static final String MANADER = "manader";
}
