package se.kvalitetsledning.infra.atgard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardAtkomst;
import se.kvalitetsledning.atgard.AtgardRad;
import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The åtgärder on a user's "Att göra": their own open ones, the earliest due first, and the proposed ones of the
 * enheter they lead, which wait for their decision.
 */
@Component
public class AtgardAttGora {

    /** What the user should do with åtgärder, as of {@code idag} (which decides what is late). */
    public record Uppgifter(List<AtgardRad> egna, List<AtgardRad> attBesluta, LocalDate idag) {
    }

    private final AtgardTjanst tjanst;

    AtgardAttGora(AtgardTjanst tjanst) {
        this.tjanst = tjanst;
    }

    public Uppgifter uppgifter(Aktor aktor) {
        String jag = aktor.anvandare().anvandarnamn();
        List<AtgardRad> egna = tjanst.lista(aktor, new AtgardTjanst.Filter(null, jag, null, null, null, false))
                .stream().filter(r -> r.status().oppen()).toList();
        List<AtgardRad> attBesluta = !AtgardTjanst.serEnheternas(aktor) ? List.of()
                : tjanst.lista(aktor, new AtgardTjanst.Filter(null, null, null, null, AtgardStatus.FORESLAGEN, false))
                .stream().filter(r -> AtgardAtkomst.farLeda(aktor, r.enheter().stream().map(EnhetId::new).toList()))
                .toList();
        return new Uppgifter(egna, attBesluta, tjanst.idag());
    }
}
