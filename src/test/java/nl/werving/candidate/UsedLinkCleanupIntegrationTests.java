package nl.werving.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import nl.werving.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class UsedLinkCleanupIntegrationTests {

    @Autowired
    UsedLinkCleanup cleanup;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void usesOlderThanTheLongestValidityAreForgottenAndRecentOnesKept() {
        insert("cleanup-old-token-0001", Instant.now().minus(CandidateLinks.MAX_VALIDITY).minus(Duration.ofDays(1)));
        insert("cleanup-new-token-0001", Instant.now().minus(Duration.ofDays(10)));

        assertThat(cleanup.forgetExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select token_id from candidate_link_use where token_id like 'cleanup-%'",
                String.class)).containsExactly("cleanup-new-token-0001");
    }

    private void insert(String tokenId, Instant usedAt) {
        jdbc.update("insert into candidate_link_use (token_id, purpose, application_reference, choice, used_at) "
                + "values (?, 'WITHDRAW', 'AAAAAAAAAAAAAAAAAAAAAAAA', '', ?)", tokenId, Timestamp.from(usedAt));
    }
}
