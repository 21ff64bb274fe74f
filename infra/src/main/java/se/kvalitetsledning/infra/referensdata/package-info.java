/** Seeds the organisation and the category catalogue from readable files, through the command bus. */
package se.kvalitetsledning.infra.referensdata;
