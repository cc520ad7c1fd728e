package dev.docent.core.intent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Model numbers as half-precision floats in base64: half the size of float32 and plenty for
 * classification. A model is always evaluated on the rounded numbers, so its figures are the file's.
 * The answer log keeps questions' embeddings the same way: a quarter of the size of a JSON array.
 */
public final class HalfFloats {

    private HalfFloats() {
    }

    public static float[] round(float[] values) {
        float[] rounded = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = Float.float16ToFloat(Float.floatToFloat16(values[i]));
        }
        return rounded;
    }

    public static String encode(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            buffer.putShort(Float.floatToFloat16(v));
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    /** The numbers {@link #encode} wrote; fails on text that is not base64 or not a whole number of half floats. */
    public static float[] decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length % 2 != 0) {
            throw new IllegalArgumentException("an odd number of bytes is no list of half floats");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.length / 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = Float.float16ToFloat(buffer.getShort());
        }
        return values;
    }

    public static float[] decode(String base64, int expectedLength, String what) {
        float[] values;
        try {
            values = decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidIntentModelException(what + " is not base64");
        }
        if (values.length != expectedLength) {
            throw new InvalidIntentModelException(what + " holds " + values.length + " numbers, expected " + expectedLength);
        }
        return values;
    }
}
