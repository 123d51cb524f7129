package nl.werving.applicant;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicantRepository extends JpaRepository<Applicant, UUID> {

    @Query("select a.id from Applicant a where a.emailKey = :emailKey")
    List<UUID> findIdsByEmailKey(@Param("emailKey") String emailKey);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from Applicant a where a.id = :id")
    int deleteApplicant(@Param("id") UUID id);
}
