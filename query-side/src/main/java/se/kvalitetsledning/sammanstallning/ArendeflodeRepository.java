package se.kvalitetsledning.sammanstallning;

import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.projektion.Tidtext;
import se.kvalitetsledning.projektion.Tomning;
import se.kvalitetsledning.sammanstallning.Arendeflode.Flode;
import se.kvalitetsledning.sammanstallning.Arendeflode.Manadsantal;

/**
 * A month's cases are few enough to count here. They are found through {@link ArendeflodeIndex} by {@code _id} only,
 * so opening any month costs the same however long the history is, on a real MongoDB and on the embedded server.
 */
@Repository
class ArendeflodeRepository {

    private static final ArendeflodeForm FORM = new ArendeflodeForm();

    private final MongoTemplate mongo;
    private final Batchbuffert<ArendeflodeDokument> buffert;
    private final ArendeflodeIndex index;

    ArendeflodeRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = Batchbuffert.versionerade(mongo, ArendeflodeDokument.SAMLING, FORM, d -> d.id,
                aggregat -> Arrays.stream(Arendeslag.values()).map(slag -> ArendeflodeDokument.id(slag, aggregat))
                        .toList());
        this.index = new ArendeflodeIndex(mongo);
    }

    /** Stores a newly received case unless it is already there (a redelivered event). */
    void ny(ArendeflodeDokument dokument) {
        if (buffert.hitta(dokument.id).isEmpty()) {
            buffert.spara(dokument);
            index.flytta(ArendeflodeIndex.Platser.INGA, dokument);
        }
    }

    /** Changes the case by an event newer than the one it holds, and moves it in the index accordingly. */
    void andra(String id, long seq, Consumer<ArendeflodeDokument> andring) {
        buffert.hitta(id).filter(d -> seq > d.version).ifPresent(d -> {
            var fore = ArendeflodeIndex.platser(d);
            andring.accept(d);
            d.version = seq;
            buffert.spara(d);
            index.flytta(fore, d);
        });
    }

    void rensa() {
        Tomning.tom(mongo, ArendeflodeDokument.class);
        index.rensa();
    }

    Arendeflode rakna(RaknaArendeflode fraga) {
        var manad = fraga.manad().toString();
        var inkomna = dokument(index.inkomna(fraga.enheter(), List.of(manad)), "slag", "oppen", "anmaldTillIvo",
                "kategori", "typ", "riskfarg", "kvalitetsomraden", "niva");
        var avslutade = dokument(index.avslutade(fraga.enheter(), List.of(manad)), "slag", "handlingsdagar");
        String forsenadFore = Tidtext.av(fraga.avvikelseForsenadFore());
        var sena = index.oppna(fraga.enheter()).stream().filter(o -> o.forsenad()
                || o.slag() == Arendeslag.AVVIKELSE && o.inkomFore(forsenadFore)).toList();
        var perManad = perManad(fraga);
        var floden = new ArrayList<Flode>();
        for (Arendeslag slag : Arendeslag.values()) {
            var manader = new ArrayList<Manadsantal>();
            for (var m = Arendeflode.historikFran(fraga.manad()); !m.isAfter(fraga.manad()); m = m.plusMonths(1)) {
                manader.add(new Manadsantal(m, perManad.getOrDefault(slag + ":" + m, 0L)));
            }
            floden.add(flode(slag, avSlag(inkomna, slag), avSlag(avslutade, slag),
                    sena.stream().filter(o -> o.slag() == slag).count(), manader));
        }
        return new Arendeflode(fraga.manad(), floden);
    }

    private static Flode flode(Arendeslag slag, List<ArendeflodeDokument> inkomna,
                               List<ArendeflodeDokument> avslutade, long sena, List<Manadsantal> perManad) {
        Map<String, Long> kategorier = new TreeMap<>();
        Map<String, Long> typer = new TreeMap<>();
        Map<Riskfarg, Long> farger = new EnumMap<>(Riskfarg.class);
        Map<String, Long> omraden = new TreeMap<>();
        Map<Bedomningsniva, Long> nivaer = new EnumMap<>(Bedomningsniva.class);
        long oppna = 0;
        long anmalda = 0;
        for (var d : inkomna) {
            oppna += d.oppen ? 1 : 0;
            anmalda += d.anmaldTillIvo ? 1 : 0;
            raknaIn(kategorier, d.kategori);
            raknaIn(typer, d.typ);
            raknaIn(farger, d.riskfarg);
            if (d.kvalitetsomraden != null) {
                d.kvalitetsomraden.forEach(o -> raknaIn(omraden, o));
            }
            raknaIn(nivaer, d.niva);
        }
        var dagar = avslutade.stream().map(d -> d.handlingsdagar).sorted().toList();
        return new Flode(slag, inkomna.size(), oppna, kategorier, typer, farger, omraden, nivaer, anmalda, dagar,
                sena, perManad);
    }

    private static <K> void raknaIn(Map<K, Long> antal, K nyckel) {
        if (nyckel != null) {
            antal.merge(nyckel, 1L, Long::sum);
        }
    }

    /** The cases per slag and month of the 24 months, keyed "slag:yyyy-MM", counted from the index. */
    private Map<String, Long> perManad(RaknaArendeflode fraga) {
        var manader = new ArrayList<String>();
        for (var m = Arendeflode.historikFran(fraga.manad()); !m.isAfter(fraga.manad()); m = m.plusMonths(1)) {
            manader.add(m.toString());
        }
        Map<String, Long> antal = new HashMap<>();
        index.inkomnaPerManad(fraga.enheter(), manader).forEach((manad, perSlag) ->
                perSlag.forEach((slag, n) -> antal.put(slag + ":" + manad, n)));
        return antal;
    }

    /** The closed cases' days per closing month. */
    Handlingstider handlingstider(RaknaHandlingstider fraga) {
        var manader = new ArrayList<String>();
        for (var m = fraga.fran(); !m.isAfter(fraga.till()); m = m.plusMonths(1)) {
            manader.add(m.toString());
        }
        var ids = index.avslutade(fraga.enheter(), manader).stream()
                .filter(id -> ArendeflodeDokument.slag(id) == fraga.slag()).toList();
        Map<String, List<Long>> dagar = new TreeMap<>();
        dokument(ids, "avslutadManad", "handlingsdagar")
                .forEach(d -> dagar.computeIfAbsent(d.avslutadManad, m -> new ArrayList<>()).add(d.handlingsdagar));
        return new Handlingstider(dagar.entrySet().stream().map(e -> new Handlingstider.Manad(
                YearMonth.parse(e.getKey()), e.getValue().stream().sorted().toList())).toList());
    }

    /** The cases with only the fields a count needs, the rest empty: a month's cases are many. */
    private List<ArendeflodeDokument> dokument(Collection<String> ids, String... falt) {
        List<ArendeflodeDokument> dokument = new ArrayList<>();
        if (!ids.isEmpty()) {
            mongo.getCollection(ArendeflodeDokument.SAMLING).find(in("_id", ids)).projection(include(falt))
                    .forEach(d -> dokument.add(FORM.fran(d)));
        }
        return dokument;
    }

    private static List<ArendeflodeDokument> avSlag(List<ArendeflodeDokument> dokument, Arendeslag slag) {
        return dokument.stream().filter(d -> d.slag == slag).toList();
    }
}
