package se.kvalitetsledning.infra.epost;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;

/**
 * Sends a message to a user at the address the user catalogue has for them. Without a mail server
 * ({@code spring.mail.host}) or an address nothing is sent: what a reminder says is also on the user's Att göra.
 */
@Component
public class Epostutskick {

    private static final Logger LOGG = LoggerFactory.getLogger(Epostutskick.class);

    private final ObjectProvider<JavaMailSender> avsandare;
    private final Anvandarkatalog anvandarkatalog;
    private final EpostEgenskaper egenskaper;

    Epostutskick(ObjectProvider<JavaMailSender> avsandare, Anvandarkatalog anvandarkatalog,
                 EpostEgenskaper egenskaper) {
        this.avsandare = avsandare;
        this.anvandarkatalog = anvandarkatalog;
        this.egenskaper = egenskaper;
    }

    /** Sends; a failure to reach the server is thrown, so the processor that called retries. */
    public void skicka(Anvandare mottagare, String amne, String text) {
        JavaMailSender server = avsandare.getIfAvailable();
        Optional<String> adress = anvandarkatalog.epost(mottagare.anvandarnamn());
        if (server == null || adress.isEmpty()) {
            LOGG.info("Inget e-brev till {}: {}", mottagare.anvandarnamn(),
                    server == null ? "e-post är inte konfigurerad (spring.mail.host)" : "ingen adress");
            return;
        }
        var brev = new SimpleMailMessage();
        brev.setFrom(egenskaper.fran());
        brev.setTo(adress.get());
        brev.setSubject(amne);
        brev.setText("Hej " + mottagare.namn() + "!\n\n" + text
                + "\n\nDet här meddelandet skickades av Kvalitetsledning.");
        server.send(brev);
    }

    /** A link into the application, for the text of a message. */
    public String lank(String sokvag) {
        return egenskaper.basUrl() + sokvag;
    }
}
