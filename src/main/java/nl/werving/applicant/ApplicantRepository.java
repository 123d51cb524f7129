package nl.werving.applicant;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicantRepository extends JpaRepository<Applicant, UUID> {

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from Applicant a where a.id = :id")
    int deleteApplicant(@Param("id") UUID id);
}
