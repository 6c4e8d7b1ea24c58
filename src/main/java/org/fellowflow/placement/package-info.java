/** Fellows and their ICSs: a lead ICS and any further ICSs for each appointed candidate. */
package org.fellowflow.placement;
