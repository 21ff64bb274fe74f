package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Corrects a fastställd berättelse: a new draft edition starts from it, the fastställd one stays as it was. */
public record PaborjaNyUtgava(
        @TargetAggregateIdentifier @NotNull KvalitetsberattelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotBlank(message = "Ange varför en ny utgåva behövs")
        @Size(max = 2000, message = "Högst 2000 tecken") String anledning,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
