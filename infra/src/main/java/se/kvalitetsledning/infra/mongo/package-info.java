/** Chooses and starts the store: a configured MongoDB or the embedded MongoDB-wire server, and makes writes durable. */
package se.kvalitetsledning.infra.mongo;
