/**
 * The architecture fences over the main classes of every module. They live in bench's tests
 * because bench is the one module that depends on all the others (cli in test scope), so its test
 * class path holds every module's classes.
 */
package org.curbcut.arch;
