/** What every API shares: RFC 9457 problem answers for bad input, missing things and conflicts. */
package org.fellowflow.web;
