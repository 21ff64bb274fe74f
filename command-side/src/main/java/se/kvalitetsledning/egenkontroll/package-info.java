/** The kontrollmall and egenkontroll aggregates: versioned templates, and checks from plan to result. */
package se.kvalitetsledning.egenkontroll;
