package se.kvalitetsledning.infra.demodata;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.atgard.Atgardstyp;
import se.kvalitetsledning.atgard.Atgardsuppgifter;
import se.kvalitetsledning.atgard.BeslutaAtgard;
import se.kvalitetsledning.atgard.Effektutfall;
import se.kvalitetsledning.atgard.ForeslaAtgard;
import se.kvalitetsledning.atgard.GenomforAtgard;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.PaminnOmForsenadAtgard;
import se.kvalitetsledning.atgard.Prioritet;
import se.kvalitetsledning.atgard.UtvarderaAtgardensEffekt;
import se.kvalitetsledning.avvikelse.AvskrivMissforhallande;
import se.kvalitetsledning.avvikelse.AvslutaAvvikelse;
import se.kvalitetsledning.avvikelse.AvslutaKoppladAtgardForAvvikelse;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.DokumenteraUtredning;
import se.kvalitetsledning.avvikelse.EskaleraTillLexSarah;
import se.kvalitetsledning.avvikelse.GeAterkoppling;
import se.kvalitetsledning.avvikelse.KlassificeraAvvikelse;
import se.kvalitetsledning.avvikelse.KopplaAtgardTillAvvikelse;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.avvikelse.RegistreraAvvikelse;
import se.kvalitetsledning.avvikelse.TilldelaAvvikelse;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One avvikelse from filing to as far as its age suggests, through the command bus: filed, assigned and classified
 * after a few days, investigated, decided, answered and closed after two weeks. Everything, the id included, comes
 * from the given random source, so the same seed gives the same avvikelse.
 */
@Component
class Avvikelseforlopp {

    static final List<String> SOL_LSS = List.of("bemotande", "bemotande", "utforande-insats",
            "utforande-insats", "arbetssatt-rutiner", "rattssakerhet", "hot-vald", "fysisk-miljo-hjalpmedel",
            "sjalvskada", "overgrepp");
    static final List<String> HSL = List.of("fall", "fall", "fall", "lakemedel", "lakemedel", "nutrition",
            "trycksar", "vardrelaterade-infektioner");
    /** An åtgärd from an avvikelse is due a month after it is decided. */
    private static final int FRIST_DAGAR = 30;
    private static final List<String> ATGARDER = List.of("Rutinen gås igenom på APT",
            "Ny checklista för överlämning", "Utbildning i bemötande", "Larmen kontrolleras varje vecka",
            "Genomförandeplanerna ses över");
    private static final List<String> HANDELSER = List.of(
            "Insatsen utfördes inte enligt genomförandeplanen på grund av personalbrist.",
            "Brukaren fick vänta länge på hjälp efter att ha larmat.",
            "Läkemedel gavs vid fel tidpunkt; upptäcktes vid signering.",
            "Brukaren föll i badrummet, hittades på golvet av personal.",
            "Personal bemötte brukaren på ett sätt som upplevdes kränkande.",
            "Dokumentationen i journalen saknades för flera pass.",
            "Hot mellan två brukare i gemensamhetsutrymmet.",
            "Larmet fungerade inte när brukaren försökte larma.",
            "Besöket blev inställt utan att brukaren informerades.");

    /** Where an avvikelse happens and who files and handles it. */
    record Enhetsprofil(EnhetId enhet, Aktor medarbetare, Aktor handlaggare, List<String> kategorier) {
    }

    private final CommandGateway commandGateway;

    Avvikelseforlopp(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Files one avvikelse that happened at {@code intraffade} and handles it up to {@code nu}; returns the commands
     * sent.
     */
    int genomfor(Random slump, Enhetsprofil profil, Instant intraffade, Instant nu) {
        Aktor handlaggare = profil.handlaggare();
        AvvikelseId id = new AvvikelseId(uuid(slump));
        Instant registrerad = min(intraffade.plus(Duration.ofMinutes(5 + slump.nextInt(24 * 60))), nu);
        boolean flaggad = slump.nextInt(25) == 0;
        commandGateway.sendAndWait(new RegistreraAvvikelse(id, profil.enhet(), intraffade,
                "Avdelning " + (1 + slump.nextInt(3)), HANDELSER.get(slump.nextInt(HANDELSER.size())),
                "Personal gav stöd och informerade ansvarig.", slump.nextInt(3) == 0 ? null : 1 + slump.nextInt(3),
                null, "B-" + (100 + slump.nextInt(40)), flaggad, profil.medarbetare(), registrerad));
        long alderDagar = Duration.between(registrerad, nu).toDays();
        if (alderDagar < 3) {
            return 1;
        }
        Instant tid = registrerad.plus(Duration.ofHours(2));
        long v = 0;
        commandGateway.sendAndWait(new TilldelaAvvikelse(id, v++, handlaggare.anvandare(), handlaggare, tid));
        String kategori = profil.kategorier().get(slump.nextInt(profil.kategorier().size()));
        commandGateway.sendAndWait(new KlassificeraAvvikelse(id, v++, new KategoriId(kategori),
                EnumSet.of(Kvalitetsomrade.values()[slump.nextInt(3)]), 1 + slump.nextInt(4), 1 + slump.nextInt(4),
                handlaggare, tid.plus(Duration.ofDays(1))));
        if (alderDagar < 14) {
            return 3;
        }
        commandGateway.sendAndWait(new DokumenteraUtredning(id, v++,
                EnumSet.of(Orsaksomrade.values()[slump.nextInt(Orsaksomrade.values().length)]),
                Set.of(BakomliggandeOrsak.values()[slump.nextInt(BakomliggandeOrsak.values().length)]),
                "Genomgång med personalgruppen visar att rutinen inte var känd av alla.", handlaggare,
                tid.plus(Duration.ofDays(4))));
        int kommandon = 4;
        String fortsatter = null;
        if (slump.nextInt(3) == 0) {
            Atgardsforlopp atgard = atgard(slump, id, profil, tid.plus(Duration.ofDays(5)), nu);
            v = atgard.version();
            kommandon += atgard.kommandon();
            fortsatter = atgard.oppen() ? "Åtgärden följs upp i förbättringsarbetet." : null;
        }
        if (flaggad && slump.nextBoolean()) {
            commandGateway.sendAndWait(new EskaleraTillLexSarah(id, v++, "Utreds som lex Sarah.", handlaggare,
                    tid.plus(Duration.ofDays(5))));
            kommandon++;
        } else if (flaggad) {
            commandGateway.sendAndWait(new AvskrivMissforhallande(id, v++,
                    "Bedömningen är att händelsen inte utgör ett missförhållande.", handlaggare,
                    tid.plus(Duration.ofDays(5))));
            kommandon++;
        }
        commandGateway.sendAndWait(new GeAterkoppling(id, v++, "Tack för din rapport. Rutinen gås igenom på APT.",
                handlaggare, tid.plus(Duration.ofDays(6))));
        commandGateway.sendAndWait(new AvslutaAvvikelse(id, v, fortsatter, handlaggare,
                tid.plus(Duration.ofDays(7))));
        return kommandon + 2;
    }

    /** What an åtgärd did to its avvikelse: the avvikelse's version after, the commands sent, whether still open. */
    private record Atgardsforlopp(long version, int kommandon, boolean oppen) {
    }

    /**
     * An åtgärd from the avvikelse, proposed and decided at {@code tid}; most are carried out the next day and, once
     * old enough, evaluated; one in five is still open when the avvikelse closes (and reminded of once overdue).
     * Linking and closing on the avvikelse are sent here too (the backlog's own process does the same later, which
     * then changes nothing), so the avvikelse's version is known.
     */
    private Atgardsforlopp atgard(Random slump, AvvikelseId id, Enhetsprofil profil, Instant tid, Instant nu) {
        Aktor handlaggare = profil.handlaggare();
        var atgard = new AtgardId(uuid(slump));
        String titel = ATGARDER.get(slump.nextInt(ATGARDER.size()));
        commandGateway.sendAndWait(new ForeslaAtgard(atgard, new Atgardsuppgifter(titel, null,
                Atgardstyp.values()[slump.nextInt(Atgardstyp.values().length)],
                EnumSet.of(Kvalitetsomrade.values()[slump.nextInt(3)]), Set.of(profil.enhet()),
                handlaggare.anvandare(), tid.atZone(SvenskTid.ZON).toLocalDate().plusDays(FRIST_DAGAR),
                "Färre avvikelser av samma slag", "Antal avvikelser per kvartal", Prioritet.MEDEL),
                Set.of(new Kalla(Kalltyp.AVVIKELSE, id.toString())), handlaggare, tid));
        long v = commandGateway.<Long>sendAndWait(new KopplaAtgardTillAvvikelse(id, atgard, titel, tid));
        commandGateway.sendAndWait(new BeslutaAtgard(atgard, 0L, handlaggare, tid));
        if (slump.nextInt(5) == 0) {
            LocalDate forfaller = tid.atZone(SvenskTid.ZON).toLocalDate().plusDays(FRIST_DAGAR);
            Instant dagenEfter = SvenskTid.dagensBorjan(forfaller.plusDays(2));
            if (dagenEfter.isBefore(nu)) {
                // the deadline watch's reminder, as it would have come
                commandGateway.sendAndWait(new PaminnOmForsenadAtgard(atgard, dagenEfter));
                return new Atgardsforlopp(v, 4, true);
            }
            return new Atgardsforlopp(v, 3, true);
        }
        Instant genomford = tid.plus(Duration.ofDays(1));
        commandGateway.sendAndWait(new GenomforAtgard(atgard, 1L, null, handlaggare, genomford));
        v = commandGateway.<Long>sendAndWait(new AvslutaKoppladAtgardForAvvikelse(id, atgard,
                AtgardStatus.GENOMFORD, genomford));
        if (Duration.between(tid, nu).toDays() < 100) {
            return new Atgardsforlopp(v, 5, false);
        }
        commandGateway.sendAndWait(new UtvarderaAtgardensEffekt(atgard, 2L,
                Effektutfall.values()[slump.nextInt(Effektutfall.values().length)],
                "Uppföljning av avvikelserna efter tre månader.", handlaggare, tid.plus(Duration.ofDays(90))));
        return new Atgardsforlopp(v, 6, false);
    }

    private static UUID uuid(Random slump) {
        byte[] bytes = ByteBuffer.allocate(16).putLong(slump.nextLong()).putLong(slump.nextLong()).array();
        return UUID.nameUUIDFromBytes(bytes);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
