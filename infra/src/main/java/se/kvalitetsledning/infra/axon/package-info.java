/** Axon on MongoDB: event, token and saga stores, serializers and command-bus interceptors. */
package se.kvalitetsledning.infra.axon;
