package nl.werving.cv;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of CV intake, under {@code werving.cv}. They bound what one uploaded document can cost: its size, the
 * text kept from it, the time its extraction may take, how many extractions run at once, how deep its structure
 * may nest, and how far the parts of a zipped document (DOCX, ODT) may inflate.
 *
 * @param maxSize the largest document accepted; keep {@code spring.servlet.multipart.max-file-size} at least as
 *        large, or larger uploads are refused before Werving sees them (also with 413)
 * @param maxCharacters the most characters of text kept from one document (the rest is dropped, the document is
 *        still accepted); at most {@value #COLUMN_CHARACTERS}, the size of the database column
 * @param timeLimit how long reading one document at intake may take: type detection and the cheap checks that
 *        finish within it can refuse the document; when its text is not extracted within it, the document is
 *        accepted with its text pending, and screening extracts it later
 * @param concurrentExtractions how many documents are extracted at the same time at most
 * @param maxNestingDepth how deeply the elements of a document may nest
 * @param zipMinInflateRatio the smallest ratio of compressed to uncompressed size a part of a zipped document may
 *        have (a smaller one is a zip bomb)
 * @param zipMaxEntrySize the largest uncompressed size of one part of a zipped document
 * @param backgroundTimeLimit how long extracting a pending document's text during screening may take before the
 *        document is taken as unreadable (the application then goes to a recruiter unscored); background
 *        extractions have their own {@code concurrentExtractions} threads, apart from intake's
 */
@ConfigurationProperties("werving.cv")
record CvProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("200000") int maxCharacters,
        @DefaultValue("10s") Duration timeLimit,
        @DefaultValue("4") int concurrentExtractions,
        @DefaultValue("100") int maxNestingDepth,
        @DefaultValue("0.01") double zipMinInflateRatio,
        @DefaultValue("100MB") DataSize zipMaxEntrySize,
        @DefaultValue("60s") Duration backgroundTimeLimit) {

    static final int COLUMN_CHARACTERS = 200_000;

    CvProperties {
        require(maxSize != null && maxSize.toBytes() > 0, "max-size must be positive");
        require(maxSize.toBytes() <= Integer.MAX_VALUE, "max-size must be below 2 GB");
        require(maxCharacters > 0 && maxCharacters <= COLUMN_CHARACTERS,
                "max-characters must be between 1 and " + COLUMN_CHARACTERS);
        require(timeLimit != null && !timeLimit.isNegative() && !timeLimit.isZero(), "time-limit must be positive");
        require(concurrentExtractions > 0, "concurrent-extractions must be positive");
        require(maxNestingDepth > 0, "max-nesting-depth must be positive");
        require(zipMinInflateRatio > 0 && zipMinInflateRatio < 1, "zip-min-inflate-ratio must be between 0 and 1");
        require(zipMaxEntrySize != null && zipMaxEntrySize.toBytes() > 0, "zip-max-entry-size must be positive");
        require(backgroundTimeLimit != null && !backgroundTimeLimit.isNegative() && !backgroundTimeLimit.isZero(),
                "background-time-limit must be positive");
    }

    /** The defaults, for tests and tools that run without Spring. */
    static CvProperties defaults() {
        return new CvProperties(DataSize.ofMegabytes(10), COLUMN_CHARACTERS, Duration.ofSeconds(10), 4, 100, 0.01,
                DataSize.ofMegabytes(100), Duration.ofSeconds(60));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("werving.cv." + message);
        }
    }
}
