/** The rules of the kvalitetsberättelse: who drafts and fastställer it, and that a fastställd edition never changes. */
package se.kvalitetsledning.kvalitetsberattelse;
