package se.kvalitetsledning.avvikelse;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One counter: the avvikelser of an enhet that occurred in a month (yyyy-MM, Swedish time) under a category and
 * a kvalitetsområde. It holds their ids rather than a number, so adding or removing one twice changes nothing.
 */
@Document("avvikelse-rakning")
record AvvikelseRakningDokument(@Id String nyckel, String enhet, String manad, String kategori,
                                String kvalitetsomrade, Set<String> avvikelser) {
}
