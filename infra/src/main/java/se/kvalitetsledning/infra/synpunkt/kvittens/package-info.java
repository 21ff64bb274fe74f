/** The automatic kvittens: the e-mail that tells a sender their synpunkt was received, and when to expect an answer. */
package se.kvalitetsledning.infra.synpunkt.kvittens;
