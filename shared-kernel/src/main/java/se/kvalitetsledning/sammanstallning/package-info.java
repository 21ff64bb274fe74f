/**
 * Sammanställning: what the kvalitetsråd's monthly summary is built from, and the rules that flag its patterns (a
 * clear rise, one person behind most of a category).
 */
package se.kvalitetsledning.sammanstallning;
