/** The avvikelse aggregate, which guards the path from filing through handling to closing and reopening. */
package se.kvalitetsledning.avvikelse;
