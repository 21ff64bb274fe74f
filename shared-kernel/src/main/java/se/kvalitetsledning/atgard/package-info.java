/**
 * Åtgärder: the improvement backlog (förbättringsarbete), every measure from every source followed from proposal to
 * its evaluated effect, and the rule that keeps a source from closing over its open åtgärder unnoticed.
 */
package se.kvalitetsledning.atgard;
