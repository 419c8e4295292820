/**
 * What the product knows of the cluster it runs in (docs/cluster.md): this node's name, and the
 * record of each scheduled run with the node that ran it. The clustering itself is WildFly's.
 */
package jp.selfcare.cluster;
