/**
 * Editor accounts, sign-in and its throttle, the site's security chains, and the add-editor command.
 */
package org.nkrtimeline.editorial.account;
