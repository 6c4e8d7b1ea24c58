/** Programmes, their regional phases and posts, the ICSs, the programme data file and the phase process. */
package org.fellowflow.programme;
