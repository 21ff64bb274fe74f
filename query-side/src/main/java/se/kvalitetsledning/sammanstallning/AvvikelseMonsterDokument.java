package se.kvalitetsledning.sammanstallning;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One avvikelse as its patterns see it: enhet, the month it occurred (yyyy-MM, Swedish time), its current category
 * and the {@link Brukarnyckel} of its brukarreferens (null without one); {@code version} is the sequence number of
 * the last event applied.
 */
@Document("avvikelse-monster")
record AvvikelseMonsterDokument(@Id String id, long version, String enhet, String manad, String kategori,
                                String brukarnyckel) {

    AvvikelseMonsterDokument klassificerad(String nyKategori, long nyVersion) {
        return new AvvikelseMonsterDokument(id, nyVersion, enhet, manad, nyKategori, brukarnyckel);
    }
}
