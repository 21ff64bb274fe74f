/** The riskanalys aggregate: its risks while it is worked on, fastställande, and the reviews after. */
package se.kvalitetsledning.riskanalys;
