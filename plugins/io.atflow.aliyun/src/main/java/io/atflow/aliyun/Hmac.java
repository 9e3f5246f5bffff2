package io.atflow.aliyun;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.encoders.Hex;

/** HMAC signatures as Aliyun computes them: UTF-8 key and content, lower-case hex output. */
public final class Hmac {
    private Hmac() {
    }

    public static String hex(SignMethod method, String key, String content) {
        HMac mac = new HMac(digest(method));
        mac.init(new KeyParameter(key.getBytes(StandardCharsets.UTF_8)));
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return Hex.toHexString(out);
    }

    private static Digest digest(SignMethod method) {
        return switch (method) {
            case HMACMD5 -> new MD5Digest();
            case HMACSHA1 -> new SHA1Digest();
            case HMACSHA256 -> new SHA256Digest();
        };
    }
}
