package se.kvalitetsledning.avvikelse;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.projektion.Batchbuffert;

/**
 * A category's name as the avvikelse projection learned it from the events, in the same stream as the avvikelser:
 * a rebuild writes a case's timeline with the names as they were at that point, whatever other projections have
 * rebuilt so far.
 */
@Document("avvikelse-kategorinamn")
record KategorinamnDokument(@Id String id, String namn) {

    static final Batchbuffert.Form<KategorinamnDokument> FORM = new Batchbuffert.Form<>() {
        @Override
        public KategorinamnDokument fran(org.bson.Document dokument) {
            return new KategorinamnDokument(dokument.getString("_id"), dokument.getString("namn"));
        }

        @Override
        public org.bson.Document till(KategorinamnDokument dokument) {
            return new org.bson.Document("_id", dokument.id).append("namn", dokument.namn);
        }
    };
}
