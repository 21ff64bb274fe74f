/** Value objects, roles and refusals that every feature shares. */
package se.kvalitetsledning.gemensamt;
