/**
 * Transcripts: every byte in both directions, timestamped, human-readable and machine-parsable
 * ({@link io.atflow.engine.transcript.TranscriptFormat} documents the format), written entry by entry so a killed
 * process loses at most the entry being formed; {@link io.atflow.engine.transcript.TranscriptReader} parses it back
 * (tolerating a cut last line); {@link io.atflow.engine.transcript.SecretMasker} replaces secrets with {@code ****}
 * in every human-facing text, also when a secret is split across two reads.
 */
package io.atflow.engine.transcript;
