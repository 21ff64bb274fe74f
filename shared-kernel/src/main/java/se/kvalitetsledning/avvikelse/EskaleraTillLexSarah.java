package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.PersonligUppgift;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Answers the lex Sarah question by escalating: the case becomes a lex Sarah rapport. */
public record EskaleraTillLexSarah(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @Size(max = 4000) String kommentar,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
