package se.kvalitetsledning.infra.demodata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.infra.mongo.LagringEgenskaper;
import se.kvalitetsledning.infra.referensdata.Startlage;

/** Fills an empty store with a realistic year once the application is ready, in the background. */
@Component
class DemodataStart {

    private static final Logger log = LoggerFactory.getLogger(DemodataStart.class);

    private final DemodataGenerator generator;
    private final DemodataEgenskaper egenskaper;
    private final LagringEgenskaper lagring;
    private final Startlage startlage;

    DemodataStart(DemodataGenerator generator, DemodataEgenskaper egenskaper, LagringEgenskaper lagring,
                  Startlage startlage) {
        this.generator = generator;
        this.egenskaper = egenskaper;
        this.lagring = lagring;
        this.startlage = startlage;
    }

    @EventListener(ApplicationReadyEvent.class)
    void narRedo() {
        if (!egenskaper.aktiv(lagring.inbyggd()) || !startlage.tomtLagerVidStart()) {
            return;
        }
        Thread trad = new Thread(() -> {
            try {
                long start = System.nanoTime();
                int kommandon = generator.generera(egenskaper.antalAvvikelser(), egenskaper.fro());
                log.info("Demodata: {} avvikelser ({} kommandon) på {} ms", egenskaper.antalAvvikelser(), kommandon,
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Demodata kunde inte genereras: {}", e.getMessage());
            }
        }, "demodata");
        trad.setDaemon(true);
        trad.start();
    }
}
