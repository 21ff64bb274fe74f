/** Our event store on the MongoDB driver: global sequence, gap-aware tracking, whole commits, index-served reads. */
package se.kvalitetsledning.infra.handelselager;
