/** Riskanalyser over the REST API and the web: the analyses, their risks and reviews, the register and the matrix. */
package se.kvalitetsledning.infra.riskanalys;
