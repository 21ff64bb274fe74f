/** The kvalitetsberättelser as read: each with its current edition and the earlier fastställda ones. */
package se.kvalitetsledning.kvalitetsberattelse;
