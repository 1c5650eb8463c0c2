/**
 * The law language shared by the command line, the harness and the IDE: lexer, parser, syntax tree,
 * evaluation as exact polynomials or doubles, and printers (plain, Unicode, LaTeX).
 */
package org.lawkeeper.core.law;
