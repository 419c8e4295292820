/** MicroProfile Health checks that operators and load balancers read. */
package jp.selfcare.health;
