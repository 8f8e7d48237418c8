/**
 * The help page: keyboard shortcuts, their off switch, and what the site keeps of its readers (nothing).
 */
package org.nkrtimeline.help;
