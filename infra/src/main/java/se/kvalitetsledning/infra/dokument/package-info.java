/** Documents made for people outside the application: PDF/A for the record and for printing. */
package se.kvalitetsledning.infra.dokument;
