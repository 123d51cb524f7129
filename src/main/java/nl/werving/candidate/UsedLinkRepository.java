package nl.werving.candidate;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UsedLinkRepository extends JpaRepository<UsedLink, String> {

    @Modifying
    @Query("delete from UsedLink link where link.usedAt < :before")
    int deleteUsedBefore(@Param("before") Instant before);
}
