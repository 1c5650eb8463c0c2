/** The "Lawkeeper Library" classpath container: what a user's model classes compile against. */
package org.lawkeeper.eclipse.core.classpath;
