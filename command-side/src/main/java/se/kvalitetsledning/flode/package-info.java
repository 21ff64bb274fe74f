/** What the processes that turn one aggregate's events into another's commands share. */
package se.kvalitetsledning.flode;
