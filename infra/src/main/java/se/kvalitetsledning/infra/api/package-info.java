/** What the REST API shares: problem responses, versions as ETags, path conversion. */
package se.kvalitetsledning.infra.api;
