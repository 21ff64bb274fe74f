package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * A klagomål that reveals a possible missförhållande becomes a lex Sarah rapport, one that reveals a deviation an
 * avvikelse; the synpunkt keeps its own handling and both sides keep the link.
 */
public record EskaleraSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Eskaleringsmal mal,
        @PersonligUppgift @Size(max = 4000) String kommentar,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
