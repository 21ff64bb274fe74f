/** The organisation tree as aggregates: a förvaltning, its verksamhetsområden and their enheter. */
package se.kvalitetsledning.organisation;
