/** What admins and operators see: start-up information, progress, dashboard and metrics. */
package org.fellowflow.monitoring;
