/**
 * The kvalitetsråd's monthly summary: every source's counts for a month and a scope, set against the same month a
 * year before and the rolling 12 months, with the patterns flagged in words; as JSON, a page, PDF and XLSX.
 */
package se.kvalitetsledning.infra.sammanstallning;
