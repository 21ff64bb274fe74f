package se.kvalitetsledning.avvikelse;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A category's name as the avvikelse projection learned it from the events, in the same stream as the avvikelser:
 * a rebuild writes a case's timeline with the names as they were at that point, whatever other projections have
 * rebuilt so far.
 */
@Document("avvikelse-kategorinamn")
record KategorinamnDokument(@Id String id, String namn) {
}
