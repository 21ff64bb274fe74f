package se.kvalitetsledning.infra.lexsarah;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.ArendeSaknas;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.lexsarah.IvoAnmalan;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.lexsarah.Verksamhetsuppgifter;
import se.kvalitetsledning.organisation.Organisationsnod;

/**
 * The anmälan to IVO as a document: once sent, exactly what was sent (from the record kept in the event); before
 * that, a draft of the case as it stands, for ledning to read before sending. Supplements likewise.
 */
@Service
public class IvoAnmalningar {

    private final LexSarahTjanst tjanst;
    private final IvoAnmalanPdf pdf;
    private final Referensdata referensdata;
    private final Clock clock;

    IvoAnmalningar(LexSarahTjanst tjanst, IvoAnmalanPdf pdf, Referensdata referensdata, Clock clock) {
        this.tjanst = tjanst;
        this.pdf = pdf;
        this.referensdata = referensdata;
        this.clock = clock;
    }

    public byte[] anmalan(Aktor aktor, LexSarahId id) {
        LexSarahDetaljer arende = tjanst.visa(aktor, id, "Anmälan till IVO");
        if (arende.anmalan() != null) {
            return pdf.anmalan(arende.anmalan().innehall(), arende.id(), arende.anmalan().diarienummer(), false);
        }
        var bedomning = arende.gallandeBedomning().filter(b -> b.niva().kraverAnmalan())
                .orElseThrow(() -> new RegelBrott("Bedömningen kräver ingen anmälan till IVO"));
        var utkast = new IvoAnmalan(verksamhet(arende.enhet()), aktor.anvandare(), LocalDate.now(clock.withZone(
                SvenskTid.ZON)), arende.intraffade(), arende.mottagen(), arende.rapportsatt(), arende.handelsetyper(),
                arende.barnBerort(), arende.beskrivning(), arende.brukarreferens(), arende.omedelbaraAtgarder(),
                arende.omedelbaraAtgarderEjBehovligaSkal(), arende.utredning(), bedomning.niva(),
                bedomning.motivering(), bedomning.av(), bedomning.tid());
        return pdf.anmalan(utkast, arende.id(), null, true);
    }

    /** Supplement number {@code nummer}, counted from 1 in the order they were sent. */
    public byte[] komplettering(Aktor aktor, LexSarahId id, int nummer) {
        if (nummer < 1 || nummer > tjanst.krav(aktor, id).kompletteringar().size()) {
            throw new ArendeSaknas("Ärendet har ingen komplettering nummer " + nummer);
        }
        LexSarahDetaljer arende = tjanst.visa(aktor, id, "Komplettering till IVO");
        var komplettering = arende.kompletteringar().get(nummer - 1);
        return pdf.komplettering(arende.id(), arende.anmalan().diarienummer(), komplettering.skickad(),
                komplettering.text(), komplettering.av());
    }

    /** The names IVO's form asks for, from the organisation as it is now. */
    public Verksamhetsuppgifter verksamhet(String enhetId) {
        Organisationsnod enhet = nod(enhetId);
        Organisationsnod omrade = nod(enhet.overordnad());
        Organisationsnod forvaltning = nod(omrade.overordnad());
        return new Verksamhetsuppgifter(forvaltning.namn(), omrade.namn(), enhet.namn());
    }

    private Organisationsnod nod(String id) {
        return referensdata.organisation().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Organisationen saknar " + id));
    }
}
