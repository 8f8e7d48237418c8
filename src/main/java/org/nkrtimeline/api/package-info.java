/**
 * The read-only JSON API (v1): controllers over the timeline, article, topic and entity features, problem
 * details for its errors, its own security chain and its OpenAPI description.
 */
package org.nkrtimeline.api;
