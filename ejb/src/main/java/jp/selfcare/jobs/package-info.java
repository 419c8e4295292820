/** What the services know of the batch jobs that call them. */
package jp.selfcare.jobs;
