/** The riskanalyser as their teams read them: each analysis whole, the lists, the risk register and the matrix. */
package se.kvalitetsledning.riskanalys;
