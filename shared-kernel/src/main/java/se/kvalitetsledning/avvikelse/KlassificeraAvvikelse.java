package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.kategori.KategoriId;

/** Sets category, kvalitetsområden and the risk (konsekvens × sannolikhet); may be repeated to correct it. */
public record KlassificeraAvvikelse(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull KategoriId kategori,
        @NotEmpty Set<Kvalitetsomrade> kvalitetsomraden,
        @Min(1) @Max(4) int konsekvens,
        @Min(1) @Max(4) int sannolikhet,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
