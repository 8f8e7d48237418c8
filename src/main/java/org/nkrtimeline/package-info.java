/**
 * The news timeline of North Korea–Russia relations: the application and its command-line entry point.
 */
package org.nkrtimeline;
