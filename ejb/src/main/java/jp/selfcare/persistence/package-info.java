/** Schema ownership: Flyway migrations run while the persistence unit starts. */
package jp.selfcare.persistence;
