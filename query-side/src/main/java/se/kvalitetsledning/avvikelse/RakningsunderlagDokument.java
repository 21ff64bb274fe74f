package se.kvalitetsledning.avvikelse;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Where one avvikelse is counted now, so that a reclassification knows which counters to leave. */
@Document("avvikelse-rakningsunderlag")
record RakningsunderlagDokument(@Id String id, long version, String enhet, String manad,
                                List<Rakningsnyckel> nycklar) {

    RakningsunderlagDokument med(List<Rakningsnyckel> nyaNycklar, long nyVersion) {
        return new RakningsunderlagDokument(id, nyVersion, enhet, manad, List.copyOf(nyaNycklar));
    }
}
