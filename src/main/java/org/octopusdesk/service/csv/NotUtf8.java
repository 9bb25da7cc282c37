package org.octopusdesk.service.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file stops being UTF-8, found once it was refused for it: the reader decodes ahead of the line it
 * parses, so only a second, plain pass tells the line the person must look at (a Latin-1 "é" on line 7).
 */
public final class NotUtf8 {

    private static final int CHUNK = 64 * 1024;

    private NotUtf8() {
    }

    /** The line of the first byte that is not UTF-8, the first line being 1; 1 when it cannot be found again. */
    static int lineOfFirstBadByte(Path file) {
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            return lineOfFirstBadByte(channel);
        } catch (IOException unreadableNow) {
            return 1;
        }
    }

    /** The same for a file read whole already (an ECB file). */
    public static int lineOfFirstBadByte(byte[] content) {
        try {
            return lineOfFirstBadByte(Channels.newChannel(new ByteArrayInputStream(content)));
        } catch (IOException cannotHappen) {
            return 1;
        }
    }

    private static int lineOfFirstBadByte(ReadableByteChannel channel) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        int line = 1;
        while (true) {
            boolean end = channel.read(in) < 0;
            in.flip();
            CoderResult result;
            do {
                result = decoder.decode(in, out, end);
                line += lineBreaks(out);
            } while (result.isOverflow());
            if (result.isError() || end) {
                return line;
            }
            in.compact();
        }
    }

    /** The line feeds decoded into {@code out}, which is emptied for the next. */
    private static int lineBreaks(CharBuffer out) {
        out.flip();
        int count = 0;
        while (out.hasRemaining()) {
            count += out.get() == '\n' ? 1 : 0;
        }
        out.clear();
        return count;
    }
}
