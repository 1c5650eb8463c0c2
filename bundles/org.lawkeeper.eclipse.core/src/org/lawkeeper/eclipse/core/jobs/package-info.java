/** The plug-in's background work: analysing claims, plotting a law's drift, writing a report. */
package org.lawkeeper.eclipse.core.jobs;
