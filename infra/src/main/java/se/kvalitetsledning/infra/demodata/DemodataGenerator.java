package se.kvalitetsledning.infra.demodata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.demodata.Avvikelseforlopp.Enhetsprofil;
import se.kvalitetsledning.infra.lexsarah.IvoAnmalningar;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The demo history of a fresh installation, through the command bus, never by writing documents: avvikelser
 * spread over the last year, filed and handled by the demo users, the older ones handled to the end, the newest
 * still open. The same seed gives the same history.
 */
@Component
public class DemodataGenerator {

    private record Demoenhet(String enhet, String medarbetare, String handlaggare, List<String> kategorier) {
    }

    private static final List<Demoenhet> ENHETER = List.of(
            new Demoenhet("gruppbostad-eken", "anna", "hanna", Avvikelseforlopp.SOL_LSS),
            new Demoenhet("daglig-verksamhet-lyftet", "anna", "hanna", Avvikelseforlopp.SOL_LSS),
            new Demoenhet("hemtjanst-norr", "erik", "olof", Avvikelseforlopp.SOL_LSS),
            new Demoenhet("solgarden", "erik", "olof", Avvikelseforlopp.HSL),
            new Demoenhet("hemsjukvarden", "erik", "olof", Avvikelseforlopp.HSL));

    private final Avvikelseforlopp forlopp;
    private final LexSarahforlopp lexSarah;
    private final Synpunktforlopp synpunkter;
    private final Indikatorexempel indikatorer;
    private final IvoAnmalningar anmalningar;
    private final Anvandarkatalog anvandare;
    private final Clock clock;

    DemodataGenerator(Avvikelseforlopp forlopp, LexSarahforlopp lexSarah, Synpunktforlopp synpunkter,
                      Indikatorexempel indikatorer, IvoAnmalningar anmalningar, Anvandarkatalog anvandare,
                      Clock clock) {
        this.forlopp = forlopp;
        this.lexSarah = lexSarah;
        this.synpunkter = synpunkter;
        this.indikatorer = indikatorer;
        this.anmalningar = anmalningar;
        this.anvandare = anvandare;
        this.clock = clock;
    }

    /**
     * Files {@code antal} avvikelser, a twentieth as many lex Sarah rapporter and a tenth as many synpunkter, and
     * handles them as far as their age suggests; and gives Myndighet LSS its example goals with their last months'
     * values. Returns the commands sent.
     */
    public int generera(int antal, long fro) {
        Random slump = new Random(fro);
        Instant nu = clock.instant();
        int kommandon = indikatorer.genomfor(new Random(fro), aktor("karin"), aktor("hanna"), nu);
        for (int i = 0; i < antal; i++) {
            Demoenhet enhet = ENHETER.get(slump.nextInt(ENHETER.size()));
            Instant intraffade = nu.minus(Duration.ofMinutes(slump.nextInt(365 * 24 * 60)));
            kommandon += forlopp.genomfor(slump, profil(enhet), intraffade, nu);
        }
        // one lex Sarah rapport for every twenty avvikelser, a few of them recent enough to be open
        for (int i = 0; i < antal / 20; i++) {
            Demoenhet enhet = ENHETER.get(slump.nextInt(ENHETER.size()));
            Instant mottagen = nu.minus(Duration.ofMinutes(slump.nextInt(365 * 24 * 60)));
            kommandon += lexSarah.genomfor(slump, new EnhetId(enhet.enhet()), anmalningar.verksamhet(enhet.enhet()),
                    new LexSarahforlopp.Roller(aktor(enhet.medarbetare()), aktor(enhet.handlaggare()),
                            aktor("karin"), aktor("lars")), mottagen, nu);
        }
        // and a synpunkt for every ten, the last weeks' still in handling
        for (int i = 0; i < antal / 10; i++) {
            Demoenhet enhet = ENHETER.get(slump.nextInt(ENHETER.size()));
            Instant mottagen = nu.minus(Duration.ofMinutes(slump.nextInt(365 * 24 * 60)));
            kommandon += synpunkter.genomfor(slump, profil(enhet), mottagen, nu);
        }
        return kommandon;
    }

    private Enhetsprofil profil(Demoenhet enhet) {
        return new Enhetsprofil(new EnhetId(enhet.enhet()), aktor(enhet.medarbetare()), aktor(enhet.handlaggare()),
                enhet.kategorier());
    }

    private Aktor aktor(String anvandarnamn) {
        return anvandare.hitta(anvandarnamn).orElseThrow(
                () -> new IllegalStateException("Demoanvändaren " + anvandarnamn + " saknas i konfigurationen"));
    }
}
