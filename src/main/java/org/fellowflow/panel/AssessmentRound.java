package org.fellowflow.panel;

/** The two times a panel scores an application. */
public enum AssessmentRound {
    SHORTLISTING, INTERVIEW
}
