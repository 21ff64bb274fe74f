package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.gemensamt.Anvandare;

/**
 * One kvalitetsberättelse: the current edition's numbers, narrative per section (by the section's name) and comment
 * per table (by the table's nyckel), and the earlier editions frozen as they were fastställda.
 */
@Document("kvalitetsberattelser")
class KvalitetsberattelseDokument {

    @Id
    String id;
    long version;
    int ar;
    Omfang omfang;
    int utgava;
    boolean faststalld;
    Anvandare skapadAv;
    Instant skapad;
    Instant genererad;
    Anvandare faststalldAv;
    Instant faststalldTid;
    Innehall innehall;
    Map<String, String> texter = new TreeMap<>();
    Map<String, String> kommentarer = new TreeMap<>();
    List<UtgavaDel> tidigare = new ArrayList<>();

    /** Freezes the current edition into the earlier ones, replaced for the reason given. */
    void ersatt(String anledning) {
        var del = new UtgavaDel();
        del.utgava = utgava;
        del.faststalldAv = faststalldAv;
        del.faststalldTid = faststalldTid;
        del.ersattesEftersom = anledning;
        del.innehall = innehall;
        del.texter = new TreeMap<>(texter);
        del.kommentarer = new TreeMap<>(kommentarer);
        tidigare.add(del);
    }

    /** An edition as it was fastställd. */
    static class UtgavaDel {
        int utgava;
        Anvandare faststalldAv;
        Instant faststalldTid;
        String ersattesEftersom;
        Innehall innehall;
        Map<String, String> texter = new TreeMap<>();
        Map<String, String> kommentarer = new TreeMap<>();
    }
}
