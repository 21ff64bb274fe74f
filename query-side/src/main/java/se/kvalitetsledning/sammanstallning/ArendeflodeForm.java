package se.kvalitetsledning.sammanstallning;

import static se.kvalitetsledning.projektion.Formfalt.datum;
import static se.kvalitetsledning.projektion.Formfalt.namn;
import static se.kvalitetsledning.projektion.Formfalt.satt;
import static se.kvalitetsledning.projektion.Formfalt.tid;
import static se.kvalitetsledning.projektion.Formfalt.varde;

import org.bson.Document;

import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.projektion.Batchbuffert;

/**
 * A case of the flow as the driver's document, in the form Spring's mapping writes and reads: the projection writes
 * every case it changes and a summary reads thousands, and Spring's mapping cost more than either. Absent values are
 * left out, as Spring leaves them, and a document read with only some of its fields gives the rest empty.
 */
final class ArendeflodeForm implements Batchbuffert.Form<ArendeflodeDokument> {

    @Override
    public Document till(ArendeflodeDokument d) {
        var dokument = new Document("_id", d.id);
        dokument.put("version", d.version);
        satt(dokument, "slag", namn(d.slag));
        satt(dokument, "enhet", d.enhet);
        satt(dokument, "manad", d.manad);
        satt(dokument, "inkom", datum(d.inkom));
        satt(dokument, "kategori", d.kategori);
        satt(dokument, "typ", d.typ);
        dokument.put("oppen", d.oppen);
        satt(dokument, "avslutadManad", d.avslutadManad);
        satt(dokument, "handlingsdagar", d.handlingsdagar);
        satt(dokument, "riskfarg", namn(d.riskfarg));
        satt(dokument, "kvalitetsomraden", d.kvalitetsomraden);
        satt(dokument, "niva", namn(d.niva));
        dokument.put("anmaldTillIvo", d.anmaldTillIvo);
        dokument.put("forsenad", d.forsenad);
        return dokument;
    }

    @Override
    public ArendeflodeDokument fran(Document d) {
        var a = new ArendeflodeDokument();
        a.id = d.getString("_id");
        a.version = d.get("version") instanceof Number n ? n.longValue() : 0;
        a.slag = varde(Arendeslag.class, d.getString("slag"));
        a.enhet = d.getString("enhet");
        a.manad = d.getString("manad");
        a.inkom = tid(d.getDate("inkom"));
        a.kategori = d.getString("kategori");
        a.typ = d.getString("typ");
        a.oppen = d.getBoolean("oppen", false);
        a.avslutadManad = d.getString("avslutadManad");
        a.handlingsdagar = d.get("handlingsdagar") instanceof Number n ? n.longValue() : null;
        a.riskfarg = varde(Riskfarg.class, d.getString("riskfarg"));
        a.kvalitetsomraden = d.getList("kvalitetsomraden", String.class);
        a.niva = varde(Bedomningsniva.class, d.getString("niva"));
        a.anmaldTillIvo = d.getBoolean("anmaldTillIvo", false);
        a.forsenad = d.getBoolean("forsenad", false);
        return a;
    }
}
