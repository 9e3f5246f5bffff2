/**
 * Transcripts: every byte in both directions, timestamped, human-readable and machine-parsable
 * ({@link io.atflow.engine.transcript.TranscriptFormat} documents the format), written entry by entry (a read's
 * received lines together with the result or URC they led to, in one write) so a killed process loses at most the
 * entries of the read being handled, never a sent command nor a result the caller has seen; {@link io.atflow.engine.transcript.TranscriptReader} parses it back
 * (tolerating a cut last line); {@link io.atflow.engine.transcript.SecretMasker} replaces secrets with {@code ****}
 * in every human-facing text, also when a secret is split across two reads.
 */
package io.atflow.engine.transcript;
