/** Read models rebuilt from the events as they stood at an earlier time, apart from the live ones. */
package se.kvalitetsledning.tidsresa;
