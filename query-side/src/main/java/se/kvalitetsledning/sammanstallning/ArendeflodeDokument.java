package se.kvalitetsledning.sammanstallning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.lexsarah.Bedomningsniva;

/**
 * One case as the flow sees it: the month it counts in (yyyy-MM, Swedish time), when it was received and closed,
 * and what the summary groups it by. {@code id} is the slag and the case's id; {@code version} the sequence number
 * of the last event applied. A reopened case is open again and has no closing.
 */
@Document(ArendeflodeDokument.SAMLING)
class ArendeflodeDokument {

    static final String SAMLING = "arendeflode";

    @Id
    String id;
    long version;
    Arendeslag slag;
    String enhet;
    String manad;
    Instant inkom;
    String kategori;
    String typ;
    boolean oppen;
    String avslutadManad;
    Long handlingsdagar;
    Riskfarg riskfarg;
    List<String> kvalitetsomraden;
    Bedomningsniva niva;
    boolean anmaldTillIvo;
    boolean forsenad;

    static String id(Arendeslag slag, Object arende) {
        return slag + ":" + arende;
    }

    /** The slag an {@link #id} begins with, found without cutting the id (the summary asks it of every case). */
    static Arendeslag slag(String id) {
        for (Arendeslag slag : Arendeslag.values()) {
            String namn = slag.name();
            if (id.startsWith(namn) && id.length() > namn.length() && id.charAt(namn.length()) == ':') {
                return slag;
            }
        }
        throw new IllegalArgumentException("Inget ärendeslag i " + id);
    }

    /** {@code manadensTid} places it in a month, {@code inkom} starts its handling time. */
    static ArendeflodeDokument inkommet(Arendeslag slag, Object arende, long version, String enhet,
                                        Instant manadensTid, Instant inkom) {
        var d = new ArendeflodeDokument();
        d.id = id(slag, arende);
        d.version = version;
        d.slag = slag;
        d.enhet = enhet;
        d.manad = SvenskTid.manad(manadensTid).toString();
        d.inkom = inkom;
        d.oppen = true;
        return d;
    }

    void avslutat(Instant tid) {
        oppen = false;
        avslutadManad = SvenskTid.manad(tid).toString();
        handlingsdagar = Math.max(0, ChronoUnit.DAYS.between(inkom.atZone(SvenskTid.ZON).toLocalDate(),
                tid.atZone(SvenskTid.ZON).toLocalDate()));
    }

    void ateroppnat() {
        oppen = true;
        avslutadManad = null;
        handlingsdagar = null;
    }
}
