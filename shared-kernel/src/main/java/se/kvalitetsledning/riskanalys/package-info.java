/**
 * Riskanalyser (SOSFS 2011:9 5 kap 1 §): looking ahead, continuously and before changes, at what could go wrong,
 * each risk placed in the 4×4 matrix before and after the proposed measures, fastställd and then reviewed.
 */
package se.kvalitetsledning.riskanalys;
