package se.kvalitetsledning.infra.sammanstallning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service levels the summary measures handling times against, in calendar days from receipt to closing: an
 * avvikelse within 30 days (an open one older than that is late), a lex Sarah case within 30 days and a synpunkt
 * within 14 days.
 */
@ConfigurationProperties("kvalitetsledning.sammanstallning.serviceniva")
record SammanstallningEgenskaper(Integer avvikelse, Integer lexSarah, Integer synpunkt) {

    SammanstallningEgenskaper {
        avvikelse = avvikelse == null ? 30 : avvikelse;
        lexSarah = lexSarah == null ? 30 : lexSarah;
        synpunkt = synpunkt == null ? 14 : synpunkt;
    }
}
