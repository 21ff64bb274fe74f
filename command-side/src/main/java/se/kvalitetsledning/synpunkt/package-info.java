/** The synpunkt aggregate: its handling, its service levels' deadlines, and the closing rule over its åtgärder. */
package se.kvalitetsledning.synpunkt;
