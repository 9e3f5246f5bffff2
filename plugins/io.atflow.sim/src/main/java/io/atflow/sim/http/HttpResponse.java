package io.atflow.sim.http;

/**
 * What the server answered: {@code head} is the status line and the header lines as received (each ended by CR LF,
 * then the empty line), printed by AT+QHTTPREAD when "responseheader" is on; {@code contentLength} is -1 when the
 * server sent no Content-Length.
 */
record HttpResponse(int status, long contentLength, byte[] head, byte[] body) {
}
