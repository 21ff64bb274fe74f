/** Avvikelser in the web UI and the API: filing, handling and the reads, on one service. */
package se.kvalitetsledning.infra.avvikelse;
