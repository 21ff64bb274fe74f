package se.kvalitetsledning.atgard;

/**
 * An åtgärd as the source it addresses shows it: open or not, and whether it continues on its own after the source
 * was closed.
 */
public record KoppladAtgard(String id, String titel, boolean oppen, boolean fortsatterSjalvstandigt) {
}
