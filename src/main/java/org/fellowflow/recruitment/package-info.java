/** Applications from intake to a filled post: the intake API and page, offers, the reserve list, candidate pages. */
package org.fellowflow.recruitment;
