/**
 * Lawkeeper's property harness: "write down the law you believe in, and Lawkeeper tries hard to
 * break it". {@link org.lawkeeper.harness.Laws} is the entry point for plain Java tests;
 * {@link org.lawkeeper.harness.junit.LawProperty} the JUnit Jupiter one.
 */
package org.lawkeeper.harness;
