/**
 * The kvalitetsberättelse (SOSFS 2011:9, allmänna råd to 7 kap): the yearly quality report of a förvaltning or a
 * verksamhetsområde, its numbers drafted from the record, its narrative written by people, frozen once fastställd.
 */
package se.kvalitetsledning.kvalitetsberattelse;
