/** The kvalitetsberättelse: its numbers generated from the read side, its API and its DOCX and PDF documents. */
package se.kvalitetsledning.infra.kvalitetsberattelse;
