package nl.werving.cv;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Inflates every part of a zipped document (DOCX, ODT) once, into nothing, before it is parsed, and stops at the
 * first part that inflates far more than real documents do. POI guards the parts of DOCX files too, but Tika turns
 * what POI finds into a silently shortened text; this guard answers clearly, and covers ODT, which POI never opens.
 */
final class ZipBombGuard {

    /** Up to this many inflated bytes a part may have any ratio: small parts compress extremely well. */
    private static final long GRACE_BYTES = 1024 * 1024;

    private final double minInflateRatio;
    private final long maxEntrySize;

    ZipBombGuard(double minInflateRatio, long maxEntrySize) {
        this.minInflateRatio = minInflateRatio;
        this.maxEntrySize = maxEntrySize;
    }

    /**
     * Whether one part of the zip inflates above the maximum entry size, or below the minimum ratio of compressed to
     * inflated size once past a grace size. A zip this stream reader cannot walk is not a bomb as far as this check
     * goes: the parser decides whether it can read it.
     */
    boolean isBomb(byte[] zip) throws InterruptedIOException {
        CountingInputStream raw = new CountingInputStream(new ByteArrayInputStream(zip));
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream entries = new ZipInputStream(raw)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                long rawStart = raw.count;
                long inflated = 0;
                for (int read = entries.read(buffer); read > 0; read = entries.read(buffer)) {
                    inflated += read;
                    if (inflated > maxEntrySize) {
                        return true;
                    }
                    if (inflated > GRACE_BYTES && (double) (raw.count - rawStart) / inflated < minInflateRatio) {
                        return true;
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedIOException("zip check interrupted");
                    }
                }
            }
            return false;
        } catch (InterruptedIOException interrupted) {
            throw interrupted;
        } catch (ZipException | IllegalArgumentException notWalkable) {
            return false;
        } catch (IOException impossible) {
            return false;
        }
    }

    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                count++;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
