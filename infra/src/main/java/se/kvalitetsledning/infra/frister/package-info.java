/** The watch over deadlines: every source's passed deadlines, recorded by the source's own aggregate. */
package se.kvalitetsledning.infra.frister;
