package dev.docent.app.discord;

import java.util.concurrent.atomic.AtomicLong;

/** Discord ids of the current time: JDA rejects follow-ups to an interaction whose id says it is older than 15 minutes. */
public final class Snowflakes {

    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Snowflakes() {
    }

    public static String now() {
        return Long.toString(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (SEQUENCE.incrementAndGet() & 0xFFF));
    }
}
