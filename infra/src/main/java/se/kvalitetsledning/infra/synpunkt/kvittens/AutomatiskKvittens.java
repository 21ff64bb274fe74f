package se.kvalitetsledning.infra.synpunkt.kvittens;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.flode.KommandoPaEgenTrad;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.epost.EpostEgenskaper;
import se.kvalitetsledning.synpunkt.RegistreraAutomatiskKvittens;
import se.kvalitetsledning.synpunkt.SynpunktFristtyp;
import se.kvalitetsledning.synpunkt.SynpunktInkommen;
import se.kvalitetsledning.synpunkt.Synpunktsregler;

/**
 * Mails the sender of a synpunkt who gave an e-mail address that it was received: its reference and the day by which
 * they will be answered, nothing of what they wrote; then records the kvittens on the synpunkt. An address that is
 * not one, or that the mail server refuses, is skipped (a retry would never succeed); a server that cannot be
 * reached fails the event, which the processor retries. A mail cannot be taken back, hence no replay. The log names
 * the synpunkt's id, never the address.
 */
@Component
@ProcessingGroup("synpunkt-kvittens")
@DisallowReplay
class AutomatiskKvittens {

    private static final Logger LOGG = LoggerFactory.getLogger(AutomatiskKvittens.class);
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private final ObjectProvider<JavaMailSender> avsandare;
    private final EpostEgenskaper egenskaper;
    private final Synpunktsregler regler;
    private final KommandoPaEgenTrad kommandon;
    private final Clock clock;

    AutomatiskKvittens(ObjectProvider<JavaMailSender> avsandare, EpostEgenskaper egenskaper, Synpunktsregler regler,
                       CommandGateway commandGateway, Clock clock) {
        this.avsandare = avsandare;
        this.egenskaper = egenskaper;
        this.regler = regler;
        this.kommandon = new KommandoPaEgenTrad(commandGateway, "synpunkt-kvittens");
        this.clock = clock;
    }

    @EventHandler
    void on(SynpunktInkommen e) throws MessagingException {
        if (e.kontakt() == null || e.kontakt().epost() == null || e.kontakt().epost().isBlank()) {
            return;
        }
        JavaMailSender server = avsandare.getIfAvailable();
        if (server == null) {
            LOGG.info("Ingen kvittens till synpunkt {}: e-post är inte konfigurerad (spring.mail.host)", e.id());
            return;
        }
        var mottagare = Epostadress.tolka(e.kontakt().epost());
        if (mottagare.isEmpty()) {
            LOGG.warn("Ingen kvittens till synpunkt {}: avsändarens e-postadress är ogiltig", e.id());
            return;
        }
        try {
            server.send(brev(server, mottagare.get(), e));
        } catch (MailSendException fel) {
            if (!mottagarenAvvisad(fel)) {
                throw fel;
            }
            LOGG.warn("Ingen kvittens till synpunkt {}: e-postservern avvisade avsändarens adress", e.id());
            return;
        }
        kommandon.skicka(new RegistreraAutomatiskKvittens(e.id(), clock.instant()));
    }

    private MimeMessage brev(JavaMailSender server, InternetAddress mottagare, SynpunktInkommen e)
            throws MessagingException {
        MimeMessage brev = server.createMimeMessage();
        var helper = new MimeMessageHelper(brev, StandardCharsets.UTF_8.name());
        helper.setFrom(egenskaper.fran());
        helper.setTo(mottagare);
        String vad = switch (e.typ()) {
            case SYNPUNKT -> "din synpunkt";
            case KLAGOMAL -> "ditt klagomål";
            case BEROM -> "ditt beröm";
            case FORSLAG -> "ditt förslag";
        };
        String referens = e.id().referens();
        helper.setSubject("Vi har tagit emot " + vad + " (" + referens + ")");
        LocalDate svarSenast = regler.forfaller(SynpunktFristtyp.SVAR, e.mottagen()).atZone(SvenskTid.ZON)
                .toLocalDate().minusDays(1);
        helper.setText("Hej!\n\nVi har tagit emot " + vad + ". Ditt referensnummer är " + referens
                + ". Ange det om du kontaktar oss om ärendet.\n\nDu får svar senast " + DAG.format(svarSenast)
                + ".\n\nDet här är en automatisk bekräftelse från Kvalitetsledning.");
        // RFC 3834: no out-of-office reply should answer an automatic message
        brev.setHeader("Auto-Submitted", "auto-generated");
        return brev;
    }

    /** The server refused the recipient itself (a permanent refusal names it), not the connection or the message. */
    private static boolean mottagarenAvvisad(MailSendException fel) {
        return Arrays.stream(fel.getMessageExceptions())
                .anyMatch(orsak -> orsak instanceof SendFailedException avvisad
                        && avvisad.getInvalidAddresses() != null && avvisad.getInvalidAddresses().length > 0);
    }
}
