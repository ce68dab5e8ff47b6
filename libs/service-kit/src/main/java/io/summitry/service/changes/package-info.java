/**
 * The change stream, {@code GET /changes/stream}: every committed revision of the service's revision log as one
 * server-sent event, in revision order, resumable by {@code Last-Event-ID}. One LISTEN connection per process wakes
 * every open stream ({@link io.summitry.service.changes.ChangeListener}); each stream then reads the log itself
 * ({@link io.summitry.service.history.ChangeLog#after}), so what any replica committed reaches every replica's clients.
 */
package io.summitry.service.changes;
