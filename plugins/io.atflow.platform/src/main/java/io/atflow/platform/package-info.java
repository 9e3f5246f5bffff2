/**
 * The Aliyun-like IoT platform emulator: devices authenticate exactly as on Aliyun IoT, nothing needs the real cloud.
 *
 * <h2>Use</h2>
 * <pre>
 * try (IotPlatform platform = IotPlatform.start(PlatformConfig.defaults())) {   // 127.0.0.1, ephemeral ports
 *     platform.mqttPort();      // MQTT over plain TCP: securemode=3
 *     platform.mqttTlsPort();   // MQTT over TLS: securemode=2 and -2, register/regnwl/connwl
 *     platform.httpsPort();     // POST /auth/register/device
 *     platform.trust().sslContext();   // or trustManager(), trustStore(), pem(), pemFile(), certificate()
 *     platform.registry().secret("i2uqc2dloOl/device001");   // resolves secret("...") references headless
 *     platform.addListener(e -&gt; log(e.describe()));           // connects, rejects with reason, registrations
 * }
 * </pre>
 * {@link io.atflow.platform.PlatformConfig} sets the bind host, the three ports (0 ephemeral, -1 off), the
 * {@link io.atflow.platform.registry.Registry} (file-backed with {@code Registry.load(path)}, or the in-memory
 * default), the TLS directory and names, the DeviceToken lifetime and the clock. {@code ./atflow broker} runs it
 * from the command line.
 *
 * <h2>How it works</h2>
 * A real MQTT 3.1.1 broker, Moquette, runs embedded on a loopback port that only the platform uses. Moquette's
 * authenticator hook can answer a refused login only with CONNACK 4 and it has no hook into its network pipeline, so
 * Aliyun's rules sit in a gateway in front of it: Netty listeners (plain and TLS) decode the CONNECT with
 * netty-codec-mqtt and let {@code auth.LoginPolicy} decide. A refusal is answered with its exact CONNACK code; a
 * {@code register}/{@code regnwl} registration is answered by the gateway itself (CONNACK 0, one QoS 0 PUBLISH on
 * {@code /ext/register} or {@code /ext/regnwl}, then the connection is closed, as on Aliyun); an accepted login is
 * spliced to Moquette: the CONNECT goes on with the device's broker identity and a one-time ticket that Moquette's
 * authenticator redeems (without the device's will: Aliyun has none), the MQTT decoder leaves the pipeline and whole
 * packets are relayed unchanged both ways, but for Aliyun's limits: a PUBLISH with QoS 2 or the retain flag is refused
 * with a disconnect, and every accepted subscription is granted QoS 1 in the SUBACK. Moquette keeps sessions,
 * subscriptions, QoS flows and keep-alive; its authorization policy enforces topic ownership and the rights of each
 * topic class ({@link io.atflow.aliyun.TopicRights}); an interceptor answers Alink event posts, checked against the
 * product's thing model when the platform has one ({@link io.atflow.platform.ThingModels}). A second login of the same device takes over the first one's
 * session (the first connection is dropped), as on Aliyun.
 * <p>
 * With {@link io.atflow.platform.PlatformConfig#withUpstream} ({@code atflow broker --upstream tcp://host:port}) no
 * Moquette starts: accepted devices are relayed message by message to an existing MQTT broker (Mosquitto, EMQX,
 * HiveMQ) with the client id, user name and password the {@link io.atflow.platform.Upstream} describes, the gateway
 * keeps Aliyun's topic rules, and a service client of the platform on that broker answers the event posts of the
 * devices connected through it. See the bundle's README.md.
 *
 * <h2>CONNACK codes ({@link io.atflow.platform.ConnackCodes})</h2>
 * <ul>
 * <li>1 unacceptable protocol version: the CONNECT is neither MQTT 3.1 nor 3.1.1.</li>
 * <li>2 identifier rejected: client id not framed {@code id|k=v,...|}, longer than 64 characters before the
 * {@code |}, a parameter given twice or not {@code name=value}; securemode missing or not 2, 3, -2; unknown authType
 * or signmethod; signmethod missing (except connwl); random missing for register/regnwl; a timestamp that is not
 * digits; securemode contradicting authType (register needs 2, regnwl/connwl need -2, -2 needs an authType).</li>
 * <li>3 server unavailable: the registry file cannot be written, or the embedded or upstream broker is
 * unreachable.</li>
 * <li>4 bad user name or password: no user name or not {@code deviceName&productKey}, no password, unknown
 * product or device, device without a DeviceSecret, signature mismatch, connwl with a client id or token that is not
 * the latest regnwl result, or an expired token (30 days by default).</li>
 * <li>5 not authorized (the identity is proven, or the request is well formed, but not allowed): securemode not
 * matching the listener (2/-2 on plain TCP, 3 on TLS; MQTT registration is therefore TLS only), disabled device,
 * dynamic registration or registration-free not enabled for the product, register of an already activated
 * device, a will topic outside the device's own topics.</li>
 * </ul>
 * A successful device-secret login activates a device that was not activated yet, as on Aliyun.
 *
 * <h2>Topics and Alink</h2>
 * A device may publish and subscribe only under {@code /sys/<pk>/<dn>/} and {@code /<pk>/<dn>/}. A refused
 * subscription gets SUBACK 0x80; a refused publish is dropped and the device disconnected (Aliyun drops such
 * devices too). {@code /sys/<pk>/<dn>/thing/event/<identifier>/post} (property posts included) is answered on the
 * same topic plus {@code _reply} with
 * {@code {"code":200,"data":{},"id":"<id>","message":"success","method":"thing.event.<identifier>.post","version":"1.0"}};
 * a request that is not strict JSON, or lacks {@code id} or an object {@code params}, gets code 460
 * "request parameter error" instead of silence.
 *
 * <h2>HTTPS registration</h2>
 * {@code POST /auth/register/device}, form fields productKey, deviceName, random, sign, signMethod: 200
 * {@code {"code":200,"data":{"deviceName","deviceSecret","productKey"},"message":"success"}}. Errors are
 * {@code {"code":..,"message":..}}: 400/460 request parameter error, 401/401 request auth error (bad sign), 404/6250
 * product not found, 404/6100 device not found, 403/6288 dynamic register is not enabled for the product,
 * 403/6204 device is disabled, 403/6289 device is already activated, 404/404 other paths, 405/405 other methods,
 * 500/500 registry not writable. The codes mirror Aliyun's Alink style; the emulator documents them here.
 *
 * <h2>Registry, secrets and TLS</h2>
 * The registry format is described in {@link io.atflow.platform.registry.Registry}; the default mirrors the
 * application note (its ProductSecrets are masked there, so the emulator's are {@code EmuKitSecret0001} for
 * i2uqc2dloOl, {@code EmuMeterSecret01} for i2uqZnX9tZK, {@code EmuKitsSecret001} for i2uq9ORmOSM and
 * {@code EmuHttpsSecret01} for i2uqzmkZsLG). {@code Registry.secret(ref)} resolves {@code pk/dn} (DeviceSecret),
 * {@code pk/dn/token} (DeviceToken) and {@code pk} (ProductSecret). The TLS CA and server certificate are generated
 * with Bouncy Castle and kept next to a file-backed registry ({@code platform-tls.p12}, {@code platform-ca.pem}) or
 * in memory; the server certificate names localhost, 127.0.0.1, the bind host, {@code *.mqtt.iothub.aliyuncs.com}
 * and {@code iot-auth.cn-shanghai.aliyuncs.com}. Events never carry unmasked secrets.
 */
package io.atflow.platform;
