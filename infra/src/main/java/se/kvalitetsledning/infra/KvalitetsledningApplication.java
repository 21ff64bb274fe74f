package se.kvalitetsledning.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Kvalitetsledning: the command side, the query side, the web UI and the API in one process. */
@SpringBootApplication(scanBasePackages = "se.kvalitetsledning")
@ConfigurationPropertiesScan("se.kvalitetsledning.infra")
public class KvalitetsledningApplication {

    public static void main(String[] args) {
        // Axon must not call the vendor's host at start, nor advertise its console in our log
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(KvalitetsledningApplication.class, args);
    }
}
