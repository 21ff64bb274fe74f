/** The avvikelse category catalogue: reference data an administrator extends and retires. */
package se.kvalitetsledning.kategori;
