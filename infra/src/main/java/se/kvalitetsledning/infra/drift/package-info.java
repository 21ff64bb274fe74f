/** Operating the application: the state of the projections and rebuilding them from the events. */
package se.kvalitetsledning.infra.drift;
