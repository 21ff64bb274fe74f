package se.kvalitetsledning.avvikelse;

import static se.kvalitetsledning.projektion.Formfalt.datum;
import static se.kvalitetsledning.projektion.Formfalt.namn;
import static se.kvalitetsledning.projektion.Formfalt.satt;
import static se.kvalitetsledning.projektion.Formfalt.tid;
import static se.kvalitetsledning.projektion.Formfalt.varde;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;

import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Handelse;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Klassificering;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Utredning;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.projektion.Batchbuffert;

/**
 * An {@link AvvikelseDokument} as the driver's document, in the form Spring's mapping writes and reads (so the
 * list's and the search's queries through Spring read what this writes): the projection writes every avvikelse it
 * changes, and Spring's mapping of the whole document took most of the projection's writing time in a rebuild.
 * Absent values are left out, as Spring leaves them; the type hint ({@code _class}) is not written, since nothing
 * reads the document as another type.
 */
final class AvvikelseForm implements Batchbuffert.Form<AvvikelseDokument> {

    @Override
    public Document till(AvvikelseDokument d) {
        var dokument = new Document("_id", d.id);
        dokument.put("version", d.version);
        satt(dokument, "enhet", d.enhet);
        satt(dokument, "intraffade", datum(d.intraffade));
        satt(dokument, "registrerad", datum(d.registrerad));
        satt(dokument, "plats", d.plats);
        satt(dokument, "beskrivning", d.beskrivning);
        satt(dokument, "omedelbaraAtgarder", d.omedelbaraAtgarder);
        satt(dokument, "konsekvensForPerson", d.konsekvensForPerson);
        satt(dokument, "foreslagenKategori", d.foreslagenKategori);
        satt(dokument, "brukarreferens", d.brukarreferens);
        dokument.put("mojligtMissforhallande", d.mojligtMissforhallande);
        satt(dokument, "missforhallandeBesked", d.missforhallandeBesked);
        dokument.put("eskaleradTillLexSarah", d.eskaleradTillLexSarah);
        satt(dokument, "franSynpunkt", d.franSynpunkt);
        satt(dokument, "rapportor", anvandare(d.rapportor));
        satt(dokument, "handlaggare", anvandare(d.handlaggare));
        satt(dokument, "status", namn(d.status));
        satt(dokument, "klassificering", klassificering(d.klassificering));
        satt(dokument, "utredning", utredning(d.utredning));
        satt(dokument, "beslutadeAtgarder", d.beslutadeAtgarder);
        satt(dokument, "aterkoppling", d.aterkoppling);
        satt(dokument, "uteblivenAterkopplingSkal", d.uteblivenAterkopplingSkal);
        satt(dokument, "historik", lista(d.historik, AvvikelseForm::handelse));
        satt(dokument, "atgarder", lista(d.atgarder, AvvikelseForm::atgard));
        satt(dokument, "atgarderFortsatterSkal", d.atgarderFortsatterSkal);
        satt(dokument, "kategori", d.kategori);
        satt(dokument, "riskfarg", namn(d.riskfarg));
        satt(dokument, "sokText", d.sokText);
        return dokument;
    }

    @Override
    public AvvikelseDokument fran(Document dokument) {
        var d = new AvvikelseDokument();
        d.id = dokument.getString("_id");
        d.version = dokument.get("version", Number.class).longValue();
        d.enhet = dokument.getString("enhet");
        d.intraffade = tid(dokument.getDate("intraffade"));
        d.registrerad = tid(dokument.getDate("registrerad"));
        d.plats = dokument.getString("plats");
        d.beskrivning = dokument.getString("beskrivning");
        d.omedelbaraAtgarder = dokument.getString("omedelbaraAtgarder");
        d.konsekvensForPerson = dokument.getInteger("konsekvensForPerson");
        d.foreslagenKategori = dokument.getString("foreslagenKategori");
        d.brukarreferens = dokument.getString("brukarreferens");
        d.mojligtMissforhallande = dokument.getBoolean("mojligtMissforhallande", false);
        d.missforhallandeBesked = dokument.getString("missforhallandeBesked");
        d.eskaleradTillLexSarah = dokument.getBoolean("eskaleradTillLexSarah", false);
        d.franSynpunkt = dokument.getString("franSynpunkt");
        d.rapportor = anvandare(dokument.get("rapportor", Document.class));
        d.handlaggare = anvandare(dokument.get("handlaggare", Document.class));
        d.status = varde(AvvikelseStatus.class, dokument.getString("status"));
        d.klassificering = klassificering(dokument.get("klassificering", Document.class));
        d.utredning = utredning(dokument.get("utredning", Document.class));
        d.beslutadeAtgarder = dokument.getString("beslutadeAtgarder");
        d.aterkoppling = dokument.getString("aterkoppling");
        d.uteblivenAterkopplingSkal = dokument.getString("uteblivenAterkopplingSkal");
        if (dokument.containsKey("historik")) {
            d.historik = las(dokument, "historik", AvvikelseForm::handelse);
        }
        if (dokument.containsKey("atgarder")) {
            d.atgarder = las(dokument, "atgarder", AvvikelseForm::atgard);
        }
        d.atgarderFortsatterSkal = dokument.getString("atgarderFortsatterSkal");
        d.kategori = dokument.getString("kategori");
        d.riskfarg = varde(Riskfarg.class, dokument.getString("riskfarg"));
        d.sokText = dokument.getString("sokText");
        return d;
    }

    private static Document anvandare(Anvandare a) {
        return a == null ? null : new Document("anvandarnamn", a.anvandarnamn()).append("namn", a.namn());
    }

    private static Anvandare anvandare(Document d) {
        return d == null ? null : new Anvandare(d.getString("anvandarnamn"), d.getString("namn"));
    }

    private static Document klassificering(Klassificering k) {
        if (k == null) {
            return null;
        }
        var d = new Document("kategori", k.kategori());
        satt(d, "kvalitetsomraden", namn(k.kvalitetsomraden()));
        d.append("konsekvens", k.konsekvens()).append("sannolikhet", k.sannolikhet())
                .append("riskvarde", k.riskvarde());
        satt(d, "farg", namn(k.farg()));
        return d;
    }

    private static Klassificering klassificering(Document d) {
        if (d == null) {
            return null;
        }
        return new Klassificering(d.getString("kategori"), enumer(d, "kvalitetsomraden", Kvalitetsomrade.class),
                d.getInteger("konsekvens", 0), d.getInteger("sannolikhet", 0), d.getInteger("riskvarde", 0),
                varde(Riskfarg.class, d.getString("farg")));
    }

    private static Document utredning(Utredning u) {
        if (u == null) {
            return null;
        }
        var d = new Document();
        satt(d, "orsaksomraden", namn(u.orsaksomraden()));
        satt(d, "bakomliggandeOrsaker", namn(u.bakomliggandeOrsaker()));
        satt(d, "analys", u.analys());
        return d;
    }

    private static Utredning utredning(Document d) {
        return d == null ? null : new Utredning(enumer(d, "orsaksomraden", Orsaksomrade.class),
                enumer(d, "bakomliggandeOrsaker", BakomliggandeOrsak.class), d.getString("analys"));
    }

    private static Document handelse(Handelse h) {
        var d = new Document();
        satt(d, "tid", datum(h.tid()));
        satt(d, "av", h.av());
        satt(d, "rubrik", h.rubrik());
        satt(d, "detalj", h.detalj());
        return d;
    }

    private static Handelse handelse(Document d) {
        return new Handelse(tid(d.getDate("tid")), d.getString("av"), d.getString("rubrik"), d.getString("detalj"));
    }

    /** Spring keeps a nested property named {@code id} as {@code _id}. */
    private static Document atgard(KoppladAtgard a) {
        var d = new Document();
        satt(d, "_id", a.id());
        satt(d, "titel", a.titel());
        return d.append("oppen", a.oppen()).append("fortsatterSjalvstandigt", a.fortsatterSjalvstandigt());
    }

    private static KoppladAtgard atgard(Document d) {
        return new KoppladAtgard(d.getString("_id"), d.getString("titel"), d.getBoolean("oppen", false),
                d.getBoolean("fortsatterSjalvstandigt", false));
    }

    private static <T> List<Document> lista(List<T> element, Function<T, Document> form) {
        return element == null ? null : element.stream().map(form).toList();
    }

    private static <T> List<T> las(Document dokument, String falt, Function<Document, T> form) {
        List<Document> element = dokument.getList(falt, Document.class);
        return element == null ? null : new ArrayList<>(element.stream().map(form).toList());
    }

    private static <E extends Enum<E>> Set<E> enumer(Document d, String falt, Class<E> typ) {
        List<String> namn = d.getList(falt, String.class);
        if (namn == null) {
            return null;
        }
        Set<E> varden = new LinkedHashSet<>(); // in the stored order, as Spring reads a set
        namn.forEach(n -> varden.add(Enum.valueOf(typ, n)));
        return varden;
    }
}
