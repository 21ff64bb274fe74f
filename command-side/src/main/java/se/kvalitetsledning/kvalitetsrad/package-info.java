/** The kvalitetsråd's meeting aggregate: plan, frozen summary, notes, decisions and justering. */
package se.kvalitetsledning.kvalitetsrad;
