package se.kvalitetsledning.infra.indikator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.Indikatorvarde;
import se.kvalitetsledning.indikator.Malvarde;

/**
 * Gives a computed indikator its values of the last {@value #MANADER} months (the month in progress included, none
 * before it is followed), each coloured against the target that held that month, like one entered by hand. They are
 * computed when read, so they follow the cases as they close; nobody entered them, so they have no author.
 */
@Component
class Indikatorberakning {

    static final int MANADER = 12;

    private final Indikatorkallor kallor;
    private final Clock clock;

    Indikatorberakning(Indikatorkallor kallor, Clock clock) {
        this.kallor = kallor;
        this.clock = clock;
    }

    IndikatorDetaljer medVarden(IndikatorDetaljer indikator) {
        if (indikator.kalla().manuell()) {
            return indikator;
        }
        LocalDate idag = clock.instant().atZone(SvenskTid.ZON).toLocalDate();
        YearMonth till = YearMonth.from(idag);
        YearMonth fran = till.minusMonths(MANADER - 1L);
        if (fran.isBefore(indikator.fran())) {
            fran = indikator.fran();
        }
        if (fran.isAfter(till)) {
            return indikator;
        }
        List<Indikatorvarde> varden = kallor.varden(indikator.kalla(), indikator.enhet(), fran, till, idag)
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    Malvarde galler = indikator.galler(e.getKey());
                    return new Indikatorvarde(e.getKey(), e.getValue(), galler, galler.farg(e.getValue()), null,
                            null, null, List.of());
                }).toList();
        return new IndikatorDetaljer(indikator.id(), indikator.version(), indikator.enhet(), indikator.namn(),
                indikator.enhetsbeteckning(), indikator.kalla(), indikator.fran(), indikator.mal(), varden,
                indikator.avslutad());
    }
}
