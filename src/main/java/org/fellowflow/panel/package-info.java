/** Panel assessments against the programme's criteria, with conflicts of interest. */
package org.fellowflow.panel;
