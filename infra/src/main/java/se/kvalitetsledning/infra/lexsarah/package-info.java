/** Lex Sarah in the web UI and the API: the rapport, the case and its commands, the lists, deadlines and IVO. */
package se.kvalitetsledning.infra.lexsarah;
