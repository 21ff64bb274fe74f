/** Synpunkter och klagomål in the application: their service levels (the rest of the flow is being built). */
package se.kvalitetsledning.infra.synpunkt;
