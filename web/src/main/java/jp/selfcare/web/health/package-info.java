/** The application's own readiness checks, served with the server's at /health/ready. */
package jp.selfcare.web.health;
