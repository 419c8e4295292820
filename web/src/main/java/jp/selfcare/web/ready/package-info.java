/** {@code /ready}: whether the demo data asked for is loaded (the run command and tests wait). */
package jp.selfcare.web.ready;
