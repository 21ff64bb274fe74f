package se.kvalitetsledning.infra.sammanstallning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.infra.sammanstallning.Omfattning.Niva;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;

/**
 * Reads the scope a summary is asked for (at most one of förvaltning, verksamhetsområde and enhet; none is the whole
 * organisation) and decides whether the actor may see it: kvalitetssamordnare and ledning every scope, a handläggare
 * only an enhet of their own.
 */
@Component
class Omfattningar {

    private final Referensdata referensdata;

    Omfattningar(Referensdata referensdata) {
        this.referensdata = referensdata;
    }

    Omfattning tolka(Aktor aktor, String forvaltning, String verksamhetsomrade, String enhet) {
        var valda = new ArrayList<String>();
        if (forvaltning != null) {
            valda.add("forvaltning");
        }
        if (verksamhetsomrade != null) {
            valda.add("verksamhetsomrade");
        }
        if (enhet != null) {
            valda.add("enhet");
        }
        if (valda.size() > 1) {
            throw new OgiltigIndata(valda.get(1),
                    "Välj en förvaltning, ett verksamhetsområde eller en enhet, inte flera");
        }
        var noder = referensdata.organisation();
        Omfattning omfattning;
        if (enhet != null) {
            omfattning = nod(noder, Organisationsnod.Niva.ENHET, enhet, "enhet", "Okänd enhet");
        } else if (verksamhetsomrade != null) {
            omfattning = nod(noder, Organisationsnod.Niva.VERKSAMHETSOMRADE, verksamhetsomrade, "verksamhetsomrade",
                    "Okänt verksamhetsområde");
        } else if (forvaltning != null) {
            omfattning = nod(noder, Organisationsnod.Niva.FORVALTNING, forvaltning, "forvaltning",
                    "Okänd förvaltning");
        } else {
            omfattning = new Omfattning(Niva.HELA, null, Niva.HELA.benamning(), under(noder, null));
        }
        krav(aktor, omfattning);
        return omfattning;
    }

    /** The scopes the actor may choose, the whole organisation first, then the tree in order. */
    List<Omfattning> valbara(Aktor aktor) {
        var noder = referensdata.organisation();
        var alla = new ArrayList<Omfattning>();
        alla.add(new Omfattning(Niva.HELA, null, Niva.HELA.benamning(), under(noder, null)));
        for (var nod : ordnade(noder, null)) {
            alla.add(omfattning(noder, nod));
        }
        return alla.stream().filter(o -> far(aktor, o)).toList();
    }

    private static void krav(Aktor aktor, Omfattning omfattning) {
        if (!far(aktor, omfattning)) {
            throw new BehorighetSaknas("Månadssammanställningen för " + omfattning.namn()
                    + " är öppen för kvalitetssamordnare, ledning och enhetens handläggare");
        }
    }

    private static boolean far(Aktor aktor, Omfattning omfattning) {
        if (aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING)) {
            return true;
        }
        return omfattning.niva() == Niva.ENHET && aktor.har(Roll.HANDLAGGARE)
                && aktor.farHandlagga(new EnhetId(omfattning.id()));
    }

    private static Omfattning nod(List<Organisationsnod> noder, Organisationsnod.Niva niva, String id, String falt,
                                  String okand) {
        return noder.stream().filter(n -> n.niva() == niva && n.id().equals(id)).findFirst()
                .map(n -> omfattning(noder, n))
                .orElseThrow(() -> new OgiltigIndata(falt, okand));
    }

    private static Omfattning omfattning(List<Organisationsnod> noder, Organisationsnod nod) {
        var niva = Niva.valueOf(nod.niva().name());
        var enheter = niva == Niva.ENHET ? Set.of(nod.id()) : under(noder, nod.id());
        return new Omfattning(niva, nod.id(), nod.namn(), enheter);
    }

    /** The enheter under a node, or under every förvaltning for null. */
    private static Set<String> under(List<Organisationsnod> noder, String overordnad) {
        var enheter = new HashSet<String>();
        for (var barn : noder.stream().filter(n -> Objects.equals(n.overordnad(), overordnad)).toList()) {
            if (barn.niva() == Organisationsnod.Niva.ENHET) {
                enheter.add(barn.id());
            } else {
                enheter.addAll(under(noder, barn.id()));
            }
        }
        return enheter;
    }

    /** The tree depth first, each level by name. */
    private static List<Organisationsnod> ordnade(List<Organisationsnod> noder, String overordnad) {
        var ordning = new ArrayList<Organisationsnod>();
        noder.stream().filter(n -> Objects.equals(n.overordnad(), overordnad))
                .sorted(Comparator.comparing(Organisationsnod::namn))
                .forEach(n -> {
                    ordning.add(n);
                    ordning.addAll(ordnade(noder, n.id()));
                });
        return ordning;
    }
}
