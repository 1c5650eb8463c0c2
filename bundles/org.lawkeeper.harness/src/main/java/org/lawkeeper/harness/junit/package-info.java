/**
 * The JUnit Jupiter face of the harness: {@link org.lawkeeper.harness.junit.LawProperty} methods with
 * {@link org.lawkeeper.harness.junit.ForAll} parameters. The only package that needs JUnit at run time.
 */
package org.lawkeeper.harness.junit;
