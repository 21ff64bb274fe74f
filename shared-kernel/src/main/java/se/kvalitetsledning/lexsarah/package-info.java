/**
 * Lex Sarah (SOSFS 2011:5): rapporter om missförhållanden, from the rapport through omedelbara åtgärder, utredning
 * and bedömning to the anmälan to IVO and the closing, with the deadlines the law and the service levels set.
 */
package se.kvalitetsledning.lexsarah;
