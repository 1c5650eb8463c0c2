/** The Lawkeeper nature and the incremental builder that finds declarations and schedules their analysis. */
package org.lawkeeper.eclipse.core.builder;
