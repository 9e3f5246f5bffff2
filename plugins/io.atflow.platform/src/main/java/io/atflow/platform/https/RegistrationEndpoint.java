package io.atflow.platform.https;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.HttpsRegistrationForm;
import io.atflow.aliyun.LoginVerifier;
import io.atflow.aliyun.SignMethod;
import io.atflow.engine.transcript.SecretMasker;
import io.atflow.platform.Endpoint;
import io.atflow.platform.PlatformEvent;
import io.atflow.platform.PlatformEvents;
import io.atflow.platform.registration.DeniedException;
import io.atflow.platform.registration.Registrations;
import io.atflow.platform.registry.Device;
import io.atflow.platform.registry.RegistryException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * {@code POST /auth/register/device} with the form fields productKey, deviceName, random, sign, signMethod: dynamic
 * registration of a pre-registered device, answered like Aliyun's {@code iot-auth} endpoint.
 */
final class RegistrationEndpoint extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final Registrations registrations;
    private final PlatformEvents events;
    private final java.time.Clock clock;

    RegistrationEndpoint(Registrations registrations, PlatformEvents events, java.time.Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = new QueryStringDecoder(request.uri()).path();
        if (!path.equals(HttpsRegistrationForm.PATH)) {
            respond(ctx, request, HttpResponseStatus.NOT_FOUND, HttpsReply.error(HttpsReply.NOT_FOUND,
                    "not found; the registration endpoint is POST " + HttpsRegistrationForm.PATH));
            return;
        }
        if (!request.method().equals(HttpMethod.POST)) {
            respond(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED, HttpsReply.error(
                    HttpsReply.METHOD_NOT_ALLOWED, "method not allowed; use POST"));
            return;
        }
        Map<String, String> form = Map.of();
        DeviceIdentity id;
        try {
            form = HttpsRegistrationForm.decode(request.content().toString(StandardCharsets.UTF_8));
            for (String field : new String[] { "productKey", "deviceName", "random", "sign", "signMethod" }) {
                if (form.get(field) == null || form.get(field).isEmpty()) {
                    throw new AliyunInputException("the form lacks the field " + field);
                }
            }
            SignMethod.parse(form.get("signMethod"));
            id = new DeviceIdentity(form.get("productKey"), form.get("deviceName"));
        } catch (AliyunInputException e) {
            refuse(ctx, request, HttpResponseStatus.BAD_REQUEST, HttpsReply.PARAMETER_ERROR, "request parameter error",
                    form.getOrDefault("productKey", "?") + "/" + form.getOrDefault("deviceName", "?"), e.getMessage());
            return;
        }
        register(ctx, request, form, id);
    }

    private void register(ChannelHandlerContext ctx, FullHttpRequest request, Map<String, String> form,
            DeviceIdentity id) {
        String who = Device.key(id.productKey(), id.deviceName());
        try {
            Device d = registrations.register(id.productKey(), id.deviceName(), secret -> LoginVerifier.httpsSign(
                    id, secret, form.get("random"), form.get("signMethod"), form.get("sign")));
            events.emit(new PlatformEvent.Registered(clock.instant(), Endpoint.HTTPS, who, "https",
                    "DeviceSecret " + SecretMasker.MASK));
            respond(ctx, request, HttpResponseStatus.OK, HttpsReply.success(d));
        } catch (DeniedException e) {
            refuse(ctx, request, HttpResponseStatus.valueOf(e.denial().httpStatus()), e.denial().alinkCode(),
                    e.denial().alinkMessage(), who, e.getMessage());
        } catch (RegistryException e) {
            refuse(ctx, request, HttpResponseStatus.INTERNAL_SERVER_ERROR, HttpsReply.INTERNAL_ERROR,
                    "internal error", who, e.getMessage());
        }
    }

    private void refuse(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status, int code,
            String message, String who, String reason) {
        events.emit(new PlatformEvent.Rejected(clock.instant(), Endpoint.HTTPS, who, code, reason));
        respond(ctx, request, status, HttpsReply.error(code, message));
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
            String json) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(json, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json;charset=utf-8");
        HttpUtil.setContentLength(response, response.content().readableBytes());
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
