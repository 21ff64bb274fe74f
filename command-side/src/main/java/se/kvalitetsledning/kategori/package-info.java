/** The avvikelse category catalogue, where categories are registered and retired but never deleted. */
package se.kvalitetsledning.kategori;
