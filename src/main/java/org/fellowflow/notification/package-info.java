/** The outbox of notifications to applicants, panel members and the programme team, and their sending. */
package org.fellowflow.notification;
