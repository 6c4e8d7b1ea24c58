/** The fellow journey after the start: onboarding, training, check-ins, reviews, outputs, completion or withdrawal. */
package org.fellowflow.journey;
