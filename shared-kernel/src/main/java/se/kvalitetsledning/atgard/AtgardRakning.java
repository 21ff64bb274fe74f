package se.kvalitetsledning.atgard;

/**
 * One enhet's åtgärder in a year: proposed in it, carried out in it, overdue in it (a due date that passed while
 * open), and evaluated in it with full or partial effect. An åtgärd concerning several enheter counts for each.
 */
public record AtgardRakning(String enhet, int ar, long skapade, long genomforda, long forsenade, long medEffekt) {
}
