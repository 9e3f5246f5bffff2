package io.atflow.sim.http;

/** What the server answered; {@code contentLength} is -1 when the server sent no Content-Length. */
record HttpResponse(int status, long contentLength, byte[] body) {
}
