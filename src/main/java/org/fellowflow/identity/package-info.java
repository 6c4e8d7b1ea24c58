/** Users, groups, authorizations and the security of Fellowflow's and Camunda's APIs. */
package org.fellowflow.identity;
