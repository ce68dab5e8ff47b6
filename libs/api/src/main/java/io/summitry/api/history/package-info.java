/**
 * The revision log's shapes, shared by both services, the gateway and the change stream: who changed which record,
 * when, why, and what each changed field held before and after.
 */
package io.summitry.api.history;
