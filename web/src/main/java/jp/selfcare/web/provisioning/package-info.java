/**
 * The operators' provisioning screens (/operator/orders.xhtml, /operator/customers.xhtml,
 * /operator/customer.xhtml): the imports of order files with each line's outcome and result file,
 * import now, and the customers the feed built with their tree.
 */
package jp.selfcare.web.provisioning;
