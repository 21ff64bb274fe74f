/**
 * The kvalitetsråd's meetings in the application: planning one for a month's summary, freezing the summary the council
 * reviews, notes and decisions (a decision may create an åtgärd), justering and the minutes as PDF.
 */
package se.kvalitetsledning.infra.kvalitetsrad;
