/** What the batch jobs share: their work files. */
package jp.selfcare.batch;
