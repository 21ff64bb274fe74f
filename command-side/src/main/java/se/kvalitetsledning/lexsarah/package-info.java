/** The lex Sarah case: its rules, its deadlines, and the escalation from an avvikelse. */
package se.kvalitetsledning.lexsarah;
