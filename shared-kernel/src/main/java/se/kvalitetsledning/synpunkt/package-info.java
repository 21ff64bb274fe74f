/**
 * Synpunkter och klagomål (SOSFS 2011:9 5 kap 3 §–): from any channel, the public e-form included, through
 * acknowledgement, handling, investigation and the answer to the sender, on the service levels' deadlines.
 */
package se.kvalitetsledning.synpunkt;
