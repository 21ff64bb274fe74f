/**
 * Egenkontroller (SOSFS 2011:9 5 kap 2 §): versioned checklists (kontrollmallar), checks planned per enhet and month,
 * performed over a recorded sample, and their shares of Ja per question with a traffic light.
 */
package se.kvalitetsledning.egenkontroll;
