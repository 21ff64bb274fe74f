package se.kvalitetsledning.infra.synpunkt.kvittens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.Kontaktuppgifter;
import se.kvalitetsledning.synpunkt.SynpunktFristtyp;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.SynpunktKvitterad;
import se.kvalitetsledning.synpunkt.SynpunktensFristUppfylld;
import se.kvalitetsledning.synpunkt.Synpunktsregler;
import se.kvalitetsledning.synpunkt.Synpunktstyp;
import se.kvalitetsledning.synpunkt.TaEmotSynpunkt;

/**
 * A synpunkt received with an e-mail address gets its kvittens from a real SMTP server, and the kvittens deadline is
 * met; an anonymous one and one with only a telephone number get none and hold up nothing behind them; an address
 * that is not a single bare address is refused at receipt; no address reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AutomatiskKvittensIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String VAD_HANDE = "Maten var kall tre dagar i rad";

    @Test
    void kvittensGarUtTillEnGiltigAdressOchUppfyllerFristen(CapturedOutput logg) throws Exception {
        try (KorandeApplikation app = KorandeApplikation.iMinnet("--spring.mail.host=localhost",
                "--spring.mail.port=" + SMTP.getSmtp().getPort())) {
            Instant mottagen = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            List<SynpunktId> utanKvittens = List.of(
                    taEmot(app, null, mottagen),
                    taEmot(app, new Kontaktuppgifter("Eva Ek", null, "070-123 45 67", null), mottagen));
            // what is no single bare address is refused before anything is stored
            for (String felaktig : List.of("inte-en-adress", "eva@example.se\r\nBcc: mallory@example.se",
                    "Eva Ek <eva@example.se>", "eva@example.se, mallory@example.se")) {
                assertThatThrownBy(() -> taEmot(app, kontakt(felaktig), mottagen))
                        .isInstanceOf(JSR303ViolationException.class).hasMessageContaining("kontakt.epost");
            }
            SynpunktId id = taEmot(app, kontakt("eva@example.se"), mottagen);

            await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length >= 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> kvitterad(app, id));
            Thread.sleep(500);

            MimeMessage[] brev = SMTP.getReceivedMessages();
            assertThat(brev).hasSize(1);
            assertThat(brev[0].getAllRecipients()).extracting(Object::toString).containsExactly("eva@example.se");
            assertThat(brev[0].getSubject()).isEqualTo("Vi har tagit emot ditt klagomål (" + id.referens() + ")");
            assertThat(brev[0].getHeader("Auto-Submitted")).containsExactly("auto-generated");
            String svarSenast = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE")).format(
                    Synpunktsregler.STANDARD.forfaller(SynpunktFristtyp.SVAR, mottagen).atZone(SvenskTid.ZON)
                            .toLocalDate().minusDays(1));
            assertThat(((String) brev[0].getContent()).strip())
                    .contains("Vi har tagit emot ditt klagomål", id.referens(), "Du får svar senast " + svarSenast)
                    .doesNotContain(VAD_HANDE).doesNotContain("Eva Ek");
            List<Object> historik = handelser(app, id);
            SynpunktKvitterad kvittens = historik.stream().filter(SynpunktKvitterad.class::isInstance)
                    .map(SynpunktKvitterad.class::cast).findFirst().orElseThrow();
            assertThat(historik).contains(new SynpunktensFristUppfylld(id, SynpunktFristtyp.KVITTENS, kvittens.tid()));
            assertThat(utanKvittens).noneMatch(annan -> kvitterad(app, annan));
        }
        assertThat(logg.getAll()).doesNotContain("inte-en-adress").doesNotContain("mallory")
                .doesNotContain(VAD_HANDE);
    }

    private static Kontaktuppgifter kontakt(String epost) {
        return new Kontaktuppgifter("Eva Ek", epost, null, null);
    }

    private static SynpunktId taEmot(KorandeApplikation app, Kontaktuppgifter kontakt, Instant mottagen) {
        SynpunktId id = SynpunktId.nytt();
        app.bona(CommandGateway.class).sendAndWait(new TaEmotSynpunkt(id, Synpunktstyp.KLAGOMAL, Kanal.E_TJANST,
                new EnhetId("gruppbostad-eken"), mottagen, VAD_HANDE, null, kontakt, null, Instant.now()));
        return id;
    }

    private static boolean kvitterad(KorandeApplikation app, SynpunktId id) {
        return handelser(app, id).stream().anyMatch(h -> h instanceof SynpunktKvitterad k && k.av() == null
                && k.satt().equals("E-post (automatisk)"));
    }

    private static List<Object> handelser(KorandeApplikation app, SynpunktId id) {
        return app.bona(EventStore.class).readEvents(id.toString()).asStream().map(m -> (Object) m.getPayload())
                .toList();
    }
}
