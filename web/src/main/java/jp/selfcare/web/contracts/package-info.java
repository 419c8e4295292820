/** ご契約・運用状況: the contracts list, a contract's detail and a basic number's page. */
package jp.selfcare.web.contracts;
