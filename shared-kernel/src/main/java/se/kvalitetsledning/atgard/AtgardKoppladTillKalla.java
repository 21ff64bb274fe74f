package se.kvalitetsledning.atgard;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Recorded by a source (an avvikelse, a lex Sarah case…): an åtgärd now addresses it. The source keeps its open
 * åtgärder so that it cannot close over them unnoticed.
 */
@Revision("1")
public record AtgardKoppladTillKalla(
        Kalla kalla,
        AtgardId atgard,
        String titel,
        Instant tid) {
}
