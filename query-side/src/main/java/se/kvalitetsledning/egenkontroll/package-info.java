/** The kontrollmallar, the egenkontroller with their plan, answers and results, and their counters, from events. */
package se.kvalitetsledning.egenkontroll;
